import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204): a viewer whose IM link came back
 * while it entered re-enters the room's group once in the room; the room's dismissal, heard
 * during the entry, then takes it out of the room. The group, made again under the same id
 * meanwhile, took the re-entry: the viewer ended outside but a member of the new room's group.
 */
describe('regression: a re-entry into a group lands after the room is left', () => {
  it('the viewer, outside after the dismissal, is not left in the room made again', async () => {
    const cloud = createFakeCloud({ latencyMs: 0 });
    const alice = await liveUser(cloud, 'alice');
    const bob = await liveUser(cloud, 'bob');
    await run(cloud, () => alice.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
    // bob's tab sleeps through his entry and the dismissal: both answers wait for him.
    cloud.sleep('bob', 100);
    const enter = bob.room.enterRoom({ roomId: 9 }).catch(() => undefined);
    const destroy = alice.room.destroyRoom();
    await cloud.advance(80);
    // His IM link drops and is back while he still enters; alice makes the room again.
    cloud.blip('bob', 0);
    const create = alice.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' });
    await run(cloud, () => Promise.all([enter, destroy, create]));
    await cloud.advance(30_000);
    expect(bob.room.getSnapshot().status).toBe('outside');
    expect(bob.of('onRoomDestroy')).toEqual([{ eventType: 'onRoomDestroy', roomId: 9 }]);
    expect(cloud.liveRoomMembers(9)).toEqual(['alice']);
    expect(cloud.liveMediaState('bob')?.roomId).toBeUndefined();
  });
});
