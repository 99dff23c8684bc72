import { createCalling, createLiveRoom, ErrorCode, type LiveRoom } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { rejection } from '../helpers.js';
import { run } from './live-helpers.js';

/**
 * Found by the live fuzz (issue 13; FUZZ_SEED=20261204, 771st live world): IM's userSigExpired
 * notice was lost (26 % loss), so the SDK went on as logged in while IM had ended its session.
 * Every IM request then failed ("not logged in") and nothing noticed: destroyRoom failed for good,
 * the owner stayed `previewing` in her TRTC room with the room listed (a viewer stayed `watching`
 * through any number of exitRoom calls). Now IM refuses such a request as an expired userSig, and
 * the SDK takes the refusal as the notice it missed: with a userSigProvider it renews and the step
 * goes on; without one the user is logged out, out of TRTC, as after the notice itself. Also a
 * request on its way when the userSig expired (FUZZ_SEED=1, 101st live world: a PK request got no
 * outcome): refused, it is made again once renewed.
 */
const provider = { userSigProvider: async () => 'renewed' };

async function user(cloud: FakeCloud, userId: string, options: object = {}): Promise<LiveRoom> {
  const room = createLiveRoom({ adapter: cloud.adapter(userId), ...options });
  await run(cloud, () => room.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
  return room;
}

/**
 * The user's userSig expires and IM's notice of it is lost on its way: IM pushes it again, so it
 * comes seconds late, after the user's next request.
 */
async function expireUnheard(cloud: FakeCloud, userId: string): Promise<void> {
  cloud.network.configure({ loss: 1 }, userId);
  cloud.expireUserSig(userId);
  await cloud.advance(1);
  cloud.network.configure({ loss: 0 }, userId);
}

async function listed(cloud: FakeCloud, roomId: number): Promise<string[]> {
  const probe = await user(cloud, 'probe');
  const infos = await run(cloud, () => probe.getRoomInfos({ roomIdList: [roomId] }));
  return infos.roomList.map((info) => info.roomId);
}

describe('regression: a userSig expiry whose notice is lost', () => {
  it('with a provider, destroyRoom renews the userSig and dismisses the room', async () => {
    const cloud = createFakeCloud();
    const alice = await user(cloud, 'alice', provider);
    await run(cloud, () => alice.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    await expireUnheard(cloud, 'alice');

    await run(cloud, () => alice.destroyRoom());
    await cloud.advance(60_000);
    expect(alice.getSnapshot().status).toBe('outside');
    expect(cloud.liveMediaState('alice')?.roomId).toBeUndefined();
    expect(await listed(cloud, 7)).toEqual([]);
    expect(cloud.onlineUsers()).toContain('alice');
  });

  it('with a provider, exitRoom renews the userSig and leaves the room', async () => {
    const cloud = createFakeCloud();
    const owner = await user(cloud, 'owner');
    await run(cloud, () => owner.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    const viewer = await user(cloud, 'viewer', provider);
    await run(cloud, () => viewer.enterRoom({ roomId: 7 }));
    await expireUnheard(cloud, 'viewer');

    await run(cloud, () => viewer.exitRoom());
    await cloud.advance(60_000);
    expect(viewer.getSnapshot().status).toBe('outside');
    expect(cloud.liveMediaState('viewer')?.roomId).toBeUndefined();
    expect(cloud.liveRoomMembers(7)).toEqual(['owner']);
  });

  it('with a provider, an exitRoom refused by the expiry on its way is made again once renewed', async () => {
    const cloud = createFakeCloud({ latencyMs: 20 });
    const owner = await user(cloud, 'owner');
    await run(cloud, () => owner.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    const viewer = await user(cloud, 'viewer', provider);
    await run(cloud, () => viewer.enterRoom({ roomId: 7 }));

    // The request reaches IM after the session expired; the notice comes (and renewal starts) first.
    const left = rejection(viewer.exitRoom()).catch(() => null); // null: it resolved
    await cloud.advance(10);
    cloud.expireUserSig('viewer');
    await cloud.advance(60_000);
    expect(await left).toBeNull();
    expect(viewer.getSnapshot().status).toBe('outside');
    expect(cloud.liveMediaState('viewer')?.roomId).toBeUndefined();
    expect(cloud.liveRoomMembers(7)).toEqual(['owner']);
  });

  it('without a provider, the refused exitRoom logs the viewer out, out of TRTC', async () => {
    const cloud = createFakeCloud();
    const owner = await user(cloud, 'owner');
    await run(cloud, () => owner.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    const viewer = await user(cloud, 'viewer');
    await run(cloud, () => viewer.enterRoom({ roomId: 7 }));
    await expireUnheard(cloud, 'viewer');

    const refused = await rejection(run(cloud, () => viewer.exitRoom()));
    // As when the notice itself comes during a step: the step is overtaken by the expiry.
    expect(refused).toMatchObject({
      code: ErrorCode.CANCELLED,
      message: expect.stringContaining('userSigExpired'),
    });
    await cloud.advance(60_000);
    expect(viewer.getSnapshot().status).toBe('loggedOut');
    expect(cloud.liveMediaState('viewer')?.roomId).toBeUndefined();
    expect(cloud.liveRoomMembers(7)).toEqual(['owner']);
  });

  it('in a call, with a provider, hangup renews the userSig and the other party hears it', async () => {
    const cloud = createFakeCloud();
    const { sdkAppId } = cloud.options;
    const alice = createCalling({ adapter: cloud.adapter('alice'), ...provider });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    await run(cloud, () => alice.login({ sdkAppId, userId: 'alice', userSig: 'dev' }));
    await run(cloud, () => bob.login({ sdkAppId, userId: 'bob', userSig: 'dev' }));
    await run(cloud, () => alice.call({ userId: 'bob', type: 1 }));
    await run(cloud, () => bob.accept());
    await expireUnheard(cloud, 'alice');

    await run(cloud, () => alice.hangup());
    await cloud.advance(60_000);
    expect(alice.getSnapshot().status).toBe('idle');
    expect(bob.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'remoteHangup' } });
    expect(cloud.mediaState('alice')?.roomId).toBeUndefined();
    expect(cloud.mediaState('bob')?.roomId).toBeUndefined();
  });
});
