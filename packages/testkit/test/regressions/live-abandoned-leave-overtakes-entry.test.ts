import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { outcome } from '../helpers.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204, 841st live world): an entry whose
 * answer was lost is given up, and its IM part is left (dismissed or quit) until IM answers. The
 * user entered the same room again while that leave was on its way; IM did the new entry first
 * and the old leave after it, so the user ended in the room but out of its IM group for good
 * (an owner previewing a room that no longer exists). IM requests overtake one another on the
 * way (the fake network's jitter; real IM's group service answers them concurrently).
 */
describe('regression: a given-up entry left while the room is entered again', () => {
  it('the owner creates its room again while the old dismiss is on its way: the room stays', async () => {
    const cloud = createFakeCloud();
    const owner = await liveUser(cloud, 'owner');
    // The first createRoom is lost on the way: it times out at 5 s and is given up...
    cloud.network.configure({ loss: 1 }, 'owner');
    const first = outcome(owner.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
    await cloud.advance(4_990);
    // ...and its dismiss, sent at 5 s, takes a second to reach IM.
    cloud.network.configure({ loss: 0, latencyMs: 1_000 }, 'owner');
    await cloud.advance(20);
    expect(first.error).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
    cloud.network.configure({ latencyMs: 20 }, 'owner');
    const second = outcome(owner.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
    await cloud.advance(30_000);
    expect(second.error).toBeUndefined();
    expect(owner.room.getSnapshot().status).toBe('previewing');
    expect(cloud.liveRoomMembers(9)).toEqual(['owner']);
  });

  it('the viewer enters again while the old quit is on its way: it stays in the group', async () => {
    const cloud = createFakeCloud();
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await liveUser(cloud, 'viewer');
    cloud.network.configure({ loss: 1 }, 'viewer');
    const first = outcome(viewer.room.enterRoom({ roomId: 9 }));
    await cloud.advance(4_990);
    cloud.network.configure({ loss: 0, latencyMs: 1_000 }, 'viewer');
    await cloud.advance(20);
    expect(first.error).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
    cloud.network.configure({ latencyMs: 20 }, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));
    await cloud.advance(30_000);
    expect(viewer.room.getSnapshot().status).toBe('watching');
    expect(cloud.liveRoomMembers(9)).toEqual(['owner', 'viewer']);
  });
});
