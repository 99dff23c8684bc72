import { ErrorCode, type RequestOutcomeEvent } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { rejection } from '../helpers.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by a randomised run (issue 14, FUZZ_SEED=20261204, live world 30): a viewer asks to co-host,
 * then leaves as its link drops; the leave times out and the viewer is back in the room, but back
 * inside the request it had given up: the request went out again (without its reason), its send
 * failed, and the app, which had not asked again, never heard an outcome. A request pending when
 * the user leaves is over: a failed leave comes back to watching (or live) with onFailure.
 */
describe('regression: a request pending when a leave fails', () => {
  it('link mic: back to watching with onFailure, the request not sent again', async () => {
    const cloud = createFakeCloud({ latencyMs: 0 });
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));
    const outcomes: RequestOutcomeEvent[] = [];
    viewer.room.linkMicEvents$.subscribe((e) => outcomes.push(e));
    await run(cloud, () => viewer.room.requestJoinAnchor({ reason: 'me' }));
    expect(owner.of('onRequestJoinAnchor')).toHaveLength(1);

    const left = rejection(viewer.room.exitRoom());
    cloud.setOnline('viewer', false);
    await cloud.advance(1);
    cloud.setOnline('viewer', true);
    await cloud.advance(6_000);
    expect((await left).code).toBe(ErrorCode.NETWORK_TIMEOUT);
    await cloud.advance(30_000);

    expect(viewer.room.getSnapshot().status).toBe('watching');
    expect(outcomes).toEqual([{ eventType: 'onFailure', reason: expect.stringMatching(/^cancelled/) }]);
    expect(owner.of('onRequestJoinAnchor')).toHaveLength(1);
  });

  it('PK: back to live with onFailure, the request not sent again', async () => {
    const cloud = createFakeCloud({ latencyMs: 0 });
    const other = await liveUser(cloud, 'other');
    await goLive(cloud, other, 8);
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const outcomes: RequestOutcomeEvent[] = [];
    owner.room.roomPKEvents$.subscribe((e) => outcomes.push(e));
    await run(cloud, () => owner.room.requestRoomPK({ roomId: 8, userId: 'other' }));
    expect(other.of('onRequestRoomPK')).toHaveLength(1);

    const left = rejection(owner.room.destroyRoom());
    cloud.setOnline('owner', false);
    await cloud.advance(1);
    cloud.setOnline('owner', true);
    await cloud.advance(6_000);
    expect((await left).code).toBe(ErrorCode.NETWORK_TIMEOUT);
    await cloud.advance(30_000);

    expect(owner.room.getSnapshot().status).toBe('live');
    expect(outcomes).toEqual([{ eventType: 'onFailure', reason: expect.stringMatching(/^cancelled/) }]);
    expect(other.of('onRequestRoomPK')).toHaveLength(1);
  });
});
