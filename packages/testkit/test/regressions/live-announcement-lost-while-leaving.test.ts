import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { outcome } from '../helpers.js';
import { liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=7, 438th live world): the owner's announcement
 * that it went live was lost on its way to IM, and the owner called destroyRoom before that
 * announcement's deadline. The lost answer came while leaving and was dropped; the dismiss was
 * lost too, so the owner stayed in its room, live, while IM's group profile (which viewers read)
 * kept the old status for good. A lost announcement that comes while leaving is kept, and sent
 * again if the leave fails.
 */
describe('regression: an announcement lost while the owner is leaving', () => {
  it('is sent again once the leave fails, so viewers end up with the owner status', async () => {
    const cloud = createFakeCloud({ latencyMs: 20 });
    const owner = await liveUser(cloud, 'owner');
    await run(cloud, () => owner.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));

    const published = owner.room.startPublish({ streamId: 's-9' });
    await cloud.advance(30); // the publish answer is on its way down; the announcement goes up at 40 ms
    cloud.network.configure({ loss: 1 }, 'owner');
    await cloud.advance(1_000);
    await published;
    const destroyed = outcome(owner.room.destroyRoom());
    await cloud.advance(4_500); // the announcement's answer is given up at 5,040 ms, while leaving
    cloud.network.configure({ loss: 0 }, 'owner');
    await cloud.advance(70_000);

    expect(destroyed.error).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
    const status = (u: typeof owner) => u.room.getSnapshot().room?.roomInfo.roomStatus;
    expect(status(owner)).toBe(1);
    expect(status(viewer)).toBe(1);
  });
});
