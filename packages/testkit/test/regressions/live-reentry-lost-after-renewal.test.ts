import { createLiveRoom, type LiveRoom } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by the live fuzz (FUZZ_SEED=20261204, world seed 963968993, 1 % loss): an owner's userSig
 * expired while she was live; IM's session ended, and with it her membership of her room's group.
 * Her userSigProvider renewed the session and the reconnect re-entered the group, but that one
 * enterRoom was lost, and nothing tried again: she stayed live outside her own group (no barrage,
 * no requests, no member tips) for good. A re-entry whose answer is lost is now tried again, for as
 * long as the user is in that room.
 */
const LATENCY_MS = 20;

async function renewingUser(cloud: FakeCloud, userId: string): Promise<LiveRoom> {
  const room = createLiveRoom({ adapter: cloud.adapter(userId), userSigProvider: async () => 'renewed' });
  await run(cloud, () => room.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
  return room;
}

/**
 * The sig expires; the notice (1 hop), the renewed login (2 hops) and then the re-entry go out:
 * the re-entry leaves 3 hops after the expiry, and is lost on the way up.
 */
async function expireAndLoseReentry(cloud: FakeCloud, userId: string): Promise<void> {
  cloud.expireUserSig(userId);
  await cloud.advance(3 * LATENCY_MS - 10);
  cloud.network.configure({ loss: 1 }, userId);
  await cloud.advance(20);
  cloud.network.configure({ loss: 0 }, userId);
  await cloud.advance(60_000);
}

describe('regression: a group re-entry lost after a userSig renewal', () => {
  it('the owner ends live and in her room group', async () => {
    const cloud = createFakeCloud({ latencyMs: LATENCY_MS });
    const owner = await renewingUser(cloud, 'owner');
    await goLive(cloud, { room: owner }, 9);
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));

    await expireAndLoseReentry(cloud, 'owner');
    expect(owner.getSnapshot().status).toBe('live');
    expect([...cloud.liveRoomMembers(9)].sort()).toEqual(['owner', 'viewer']);
    expect(viewer.room.getSnapshot().room?.roomInfo.roomStatus).toBe(1);
  });

  it("the viewer ends watching and in the room's group", async () => {
    const cloud = createFakeCloud({ latencyMs: LATENCY_MS });
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await renewingUser(cloud, 'viewer');
    await run(cloud, () => viewer.enterRoom({ roomId: 9 }));

    await expireAndLoseReentry(cloud, 'viewer');
    expect(viewer.getSnapshot().status).toBe('watching');
    expect([...cloud.liveRoomMembers(9)].sort()).toEqual(['owner', 'viewer']);
  });
});
