import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness once live worlds gave a user a second device (issue 14, FUZZ_SEED=7,
 * 549th live world): alice's first device exits a room, IM's answer is lost, and meanwhile her
 * second device enters the same room, so TRTC puts the first one out of it (the same user entered
 * elsewhere; a server removal does the same). The failed exit took the SDK back to watching, though
 * its TRTC room was gone: it watched nothing for good. Out of TRTC while leaving, it is left: the
 * exit succeeds and IM's part goes on until IM answers.
 */
describe('regression: put out of the TRTC room while leaving it', () => {
  it('a viewer whose exit answer is lost ends outside, in no TRTC room and no group', async () => {
    const cloud = createFakeCloud({ latencyMs: 10, jitterMs: 0 });
    const carol = await liveUser(cloud, 'carol');
    await goLive(cloud, carol, 41409);
    const alice = await liveUser(cloud, 'alice');
    await run(cloud, () => alice.room.enterRoom({ roomId: 41409 }));

    const exiting = alice.room.exitRoom();
    exiting.catch(() => undefined);
    await cloud.advance(5);
    cloud.removeFromRoom('alice');
    cloud.network.configure({ loss: 1 }, 'alice');
    await cloud.advance(7);
    cloud.network.configure({ loss: 0 }, 'alice');
    await cloud.advance(60_000);

    await expect(exiting).resolves.toBeUndefined();
    expect(alice.room.getSnapshot().status).toBe('outside');
    expect(cloud.liveMediaState('alice')?.roomId).toBeUndefined();
    expect(cloud.liveRoomMembers(41409)).toEqual(['carol']);
    expect(alice.of('onError')).toEqual([]);
  });

  it('an owner whose destroy answer is lost ends outside, her room dismissed', async () => {
    const cloud = createFakeCloud({ latencyMs: 10, jitterMs: 0 });
    const carol = await liveUser(cloud, 'carol');
    await goLive(cloud, carol, 41409);

    const destroying = carol.room.destroyRoom();
    destroying.catch(() => undefined);
    await cloud.advance(5);
    cloud.removeFromRoom('carol');
    cloud.network.configure({ loss: 1 }, 'carol');
    await cloud.advance(7);
    cloud.network.configure({ loss: 0 }, 'carol');
    await cloud.advance(60_000);

    await expect(destroying).resolves.toBeUndefined();
    expect(carol.room.getSnapshot().status).toBe('outside');
    expect(cloud.liveMediaState('carol')?.roomId).toBeUndefined();
    const probe = await liveUser(cloud, 'probe');
    const { roomList } = await run(cloud, () => probe.room.getRoomInfos({ roomIdList: [41409] }));
    expect(roomList).toEqual([]);
  });
});
