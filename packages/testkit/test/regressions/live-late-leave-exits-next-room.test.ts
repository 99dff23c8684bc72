import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204, FUZZ_PATH=2209:…): a room left in the
 * background (here given up when the media link stayed down past the grace) exits TRTC only after
 * IM answered its dismiss or quit, which waits out a lost answer. TRTC's exitRoom names no room: it
 * leaves whichever one the device is in by then. The owner, her link back, entered another anchor's
 * room meanwhile, and the old leave's exit took her device out of it: watching, in no TRTC room.
 */
describe('regression: a late TRTC exit of a room left meanwhile', () => {
  it('an owner given up after the grace enters another room as her link heals: she stays in it', async () => {
    const cloud = createFakeCloud({ latencyMs: 20, jitterMs: 0 });
    const bob = await liveUser(cloud, 'bob');
    await goLive(cloud, bob, 27717);
    const alice = await liveUser(cloud, 'alice');
    await goLive(cloud, alice, 33040);

    cloud.network.partition('alice');
    await cloud.advance(30_000);
    // The room is given up; its dismiss went out on the dead link and waits for its deadline.
    expect(alice.room.getSnapshot().status).toBe('outside');
    cloud.network.heal('alice');
    await run(cloud, () => alice.room.enterRoom({ roomId: 27717 }));
    await cloud.advance(10_000);

    expect(alice.room.getSnapshot().status).toBe('watching');
    expect(cloud.liveMediaState('alice')?.roomId).toBe(27717);
    expect(cloud.liveRoomMembers(27717)).toEqual(['bob', 'alice']);
    expect(cloud.liveRoomMembers(33040)).toEqual([]);
  });

  it('an owner put out of TRTC while destroying enters another room: a late IM answer keeps her in it', async () => {
    const cloud = createFakeCloud({ latencyMs: 20, jitterMs: 0 });
    const bob = await liveUser(cloud, 'bob');
    await goLive(cloud, bob, 27717);
    const alice = await liveUser(cloud, 'alice');
    await goLive(cloud, alice, 33040);

    // The dismiss takes 2 s each way; meanwhile the server removes her from TRTC: she is outside.
    cloud.network.configure({ latencyMs: 2_000 }, 'alice');
    const destroying = alice.room.destroyRoom();
    await cloud.advance(10);
    cloud.network.configure({ latencyMs: 20 }, 'alice');
    cloud.removeFromRoom('alice');
    await cloud.advance(10);
    expect(alice.room.getSnapshot().status).toBe('outside');
    await expect(destroying).resolves.toBeUndefined();
    await run(cloud, () => alice.room.enterRoom({ roomId: 27717 }));
    await cloud.advance(10_000);

    expect(alice.room.getSnapshot().status).toBe('watching');
    expect(cloud.liveMediaState('alice')?.roomId).toBe(27717);
    expect(cloud.liveRoomMembers(33040)).toEqual([]);
  });
});
