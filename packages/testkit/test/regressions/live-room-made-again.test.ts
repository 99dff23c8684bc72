import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=7, 45th live world): a viewer lost the
 * roomDestroyed notice, and its owner made the room again before the viewer's next read. The read
 * found the same id and owner, so the viewer watched on in a room whose IM group it was not in. IM
 * tells the two groups apart by their creation time (getGroupProfile's createTime, in seconds).
 * A viewer whose reconnect re-entered the new group (20261204, 804th world) quits it too.
 */
describe('regression: a room dismissed and made again under the same id and owner', () => {
  it('a viewer that missed the dismissal learns it from its next read and leaves', async () => {
    const cloud = createFakeCloud();
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));
    cloud.network.configure({ loss: 1 }, 'viewer');
    await run(cloud, () => owner.room.destroyRoom());
    cloud.network.configure({ loss: 0 }, 'viewer');
    await cloud.advance(2_000);
    await goLive(cloud, owner, 9);
    await cloud.advance(70_000);
    expect(viewer.of('onRoomDestroy')).toEqual([{ eventType: 'onRoomDestroy', roomId: 9 }]);
    expect(viewer.room.getSnapshot().status).toBe('outside');
    expect(cloud.liveMediaState('viewer')?.roomId).toBeUndefined();
    expect(cloud.liveRoomMembers(9)).toEqual(['owner']);
  });

  it('a viewer whose link was down meanwhile re-enters the new group on reconnecting: it quits it', async () => {
    const cloud = createFakeCloud();
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));
    cloud.blip('viewer', 6_000);
    await run(cloud, () => owner.room.destroyRoom());
    await cloud.advance(2_000);
    await goLive(cloud, owner, 9);
    await cloud.advance(70_000);
    expect(viewer.of('onRoomDestroy')).toEqual([{ eventType: 'onRoomDestroy', roomId: 9 }]);
    expect(viewer.room.getSnapshot().status).toBe('outside');
    expect(cloud.liveRoomMembers(9)).toEqual(['owner']);
  });
});
