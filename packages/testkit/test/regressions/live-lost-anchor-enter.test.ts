import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { liveUser, run } from './live-helpers.js';

/**
 * Found by a randomised run (issue 14, FUZZ_SEED=20261204, live world 33): with a lossy link, TRTC's
 * notice that the owner started publishing never reached a viewer, which watched on without an
 * onAnchorEnter for it (nothing resends it). The viewer's periodic read of the room's profile
 * (issue 13) now makes it up: an announced anchor it never heard of is told as onAnchorEnter.
 */
describe('regression: a lost anchorEntered is made up by the next read', () => {
  it('the viewer hears onAnchorEnter for the publishing owner within one read interval', async () => {
    const cloud = createFakeCloud({ latencyMs: 0 });
    const owner = await liveUser(cloud, 'owner');
    await run(cloud, () => owner.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));

    cloud.network.configure({ loss: 1 }, 'viewer');
    await run(cloud, () => owner.room.startPublish({ streamId: 's-9' }));
    cloud.network.configure({ loss: 0 }, 'viewer');
    expect(viewer.of('onAnchorEnter')).toEqual([]);
    await cloud.advance(61_000); // the default reconcileIntervalSec is 60

    expect(viewer.of('onAnchorEnter')).toEqual([{ eventType: 'onAnchorEnter', userId: 'owner' }]);
    expect(viewer.room.getSnapshot().room?.roomInfo.roomStatus).toBe(
      owner.room.getSnapshot().room?.roomInfo.roomStatus,
    );
  });
});
