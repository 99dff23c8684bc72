import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { outcome } from '../helpers.js';
import { liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204, 1425th live world, multi-terminal):
 * the owner's second device logged out while its destroyRoom was on its way, and its logout sent
 * a second dismiss. The user's first device made the room again between the two, and the second
 * dismiss took that new room down: the first device was previewing a room that no longer
 * existed. A leave of a room already on its way is not sent again. (The fake cloud's TRTC rooms
 * also crashed when a device entered the room its user's other device left empty by that entry.)
 */
describe('regression: a second dismiss of a room while the first is on its way', () => {
  it("is not sent, so it cannot dismiss the room the user's other device made again", async () => {
    const cloud = createFakeCloud({ multiTerminal: true, latencyMs: 20 });
    const first = await liveUser(cloud, 'alice');
    const second = await liveUser(cloud, 'alice');
    await run(cloud, () => second.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
    cloud.network.configure({ latencyMs: 100 }, 'alice#2');
    void outcome(second.room.destroyRoom()); // IM dismisses at 100 ms (the logout overtakes the call)
    await cloud.advance(10);
    const loggedOut = outcome(second.room.logout()); // a second dismiss would land at 110 ms
    await cloud.advance(75);
    // The first device's creation lands at 105 ms, between the two.
    const created = outcome(first.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
    await cloud.advance(30_000);
    expect(loggedOut.error).toBeUndefined();
    expect(created.error).toBeUndefined();
    expect(first.room.getSnapshot().status).toBe('previewing');
    expect(cloud.liveRoomMembers(9)).toEqual(['alice']);
  });
});
