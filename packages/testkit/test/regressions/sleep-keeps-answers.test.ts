import { createLiveRoom } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, step } from '../../src/index.js';

/**
 * Found by the fault harness (issue 13's sigExpiry worlds, FUZZ_SEED=20261204, 315th live world): an
 * owner destroyed its room while its tab slept; the cloud dismissed the room, but the SDK's request
 * timed out on the cloud's clock before the tab woke, so its answer was lost and the owner stayed
 * live in a dismissed room. A sleeping tab's timers stop (the request's timeout too): on waking, the
 * answer that waited is heard.
 */
describe('regression: a request made while the tab sleeps', () => {
  it('gets its answer on waking, however long the sleep: the destroyed room is left', async () => {
    const cloud = createFakeCloud();
    const anchor = createLiveRoom({ adapter: cloud.adapter('anchor') });
    const sdkAppId = cloud.options.sdkAppId;
    await step({ cloud }, () => anchor.login({ sdkAppId, userId: 'anchor', userSig: 'dev' }));
    await step({ cloud }, () => anchor.createRoom({ roomId: 80, roomName: 'r', coverUrl: '' }));
    cloud.sleep('anchor', 8_000);
    await cloud.advance(2_000);
    const destroying = anchor.destroyRoom();
    destroying.catch(() => undefined);
    await cloud.advance(10_000);
    await expect(destroying).resolves.toBeUndefined();
    expect(anchor.getSnapshot().status).toBe('outside');
    expect(cloud.liveRoomMembers(80)).toEqual([]);
  });
});
