import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { liveUser, run } from './live-helpers.js';

/**
 * Found by a randomised run (issue 14, FUZZ_SEED=20261204, live world 184): with 7 % loss, the
 * owner's announcement that it went live (setRoomState) was lost on its way to IM. Nothing sent it
 * again, so IM's group profile kept the old status and every viewer's read (issue 13) confirmed
 * the stale one: they saw status 0 while the owner was live. An announcement whose answer is lost
 * is sent again (the latest one, under its own number), until IM answers or a newer one replaces it.
 */
describe('regression: an owner announcement lost on its way to IM', () => {
  it('is sent again, so viewers end up with the owner status', async () => {
    const cloud = createFakeCloud({ latencyMs: 20 });
    const owner = await liveUser(cloud, 'owner');
    await run(cloud, () => owner.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));

    const published = owner.room.startPublish({ streamId: 's-9' });
    await cloud.advance(30); // the publish answer is on its way down; the announcement goes up at 40 ms
    cloud.network.configure({ loss: 1 }, 'owner');
    await cloud.advance(20);
    cloud.network.configure({ loss: 0 }, 'owner');
    await published;
    await cloud.advance(10_000);

    const status = (u: typeof owner) => u.room.getSnapshot().room?.roomInfo.roomStatus;
    expect(status(owner)).toBe(1);
    expect(status(viewer)).toBe(1);
    expect(viewer.of('onRoomInfoChange')).toHaveLength(1);
  });
});
