import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { outcome } from '../helpers.js';
import { goLive, liveUser } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=7): an entry whose answer is lost is given up,
 * and IM is told to quit its group until it answers. A second entry lost the same way (a room
 * created while the link still loses everything) took the first one's place: the first group was
 * never quit, and the user ended outside but still a member of it.
 */
describe('regression: two entries given up one after the other', () => {
  it('the viewer leaves both groups once the link is back', async () => {
    const cloud = createFakeCloud();
    const alice = await liveUser(cloud, 'alice');
    await goLive(cloud, alice, 9);
    const carol = await liveUser(cloud, 'carol');
    // Her entry reaches IM (20 ms away); everything after 10 ms is lost, its answer too.
    const enter = outcome(carol.room.enterRoom({ roomId: 9 }));
    await cloud.advance(10);
    cloud.network.configure({ loss: 1 }, 'carol');
    await cloud.advance(5_000);
    expect((await enter).error).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
    // Still lossy: her own room is never made, and that entry is given up too.
    const create = outcome(carol.room.createRoom({ roomId: 10, roomName: 'c', coverUrl: '' }));
    await cloud.advance(5_100);
    expect((await create).error).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
    cloud.network.configure({ loss: 0 }, 'carol');
    await cloud.advance(60_000);
    expect(carol.room.getSnapshot().status).toBe('outside');
    expect(cloud.liveRoomMembers(9)).toEqual(['alice']);
    expect(cloud.liveRoomMembers(10)).toEqual([]);
  });
});
