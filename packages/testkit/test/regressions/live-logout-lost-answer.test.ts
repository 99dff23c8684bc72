import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { rejection } from '../helpers.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by a randomised run (issue 14, FUZZ_SEED=20261204, live world 30): a viewer logs out while
 * its link is down. Its quit and its logout both go unanswered, so IM keeps its session (the IM
 * SDK, still logged in, logs in again once the link is back) and its AVChatRoom membership: the
 * user is logged out and still in the room's group for good. A logout whose answer was lost is
 * tried again (every few seconds, and when the link is back) until IM answers or the user logs in.
 */
describe('regression: a logout whose answer is lost', () => {
  it('is tried again until IM ends the session, which takes the user out of its room', async () => {
    const cloud = createFakeCloud({ latencyMs: 0 });
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));

    cloud.setOnline('viewer', false);
    const loggedOut = rejection(viewer.room.logout());
    await cloud.advance(20_000);
    expect((await loggedOut).code).toBe(ErrorCode.NETWORK_TIMEOUT);
    expect(viewer.room.getSnapshot().status).toBe('loggedOut');
    cloud.setOnline('viewer', true);
    await cloud.advance(30_000);

    expect(viewer.room.getSnapshot().status).toBe('loggedOut');
    expect(cloud.liveRoomMembers(9)).toEqual(['owner']);
  });

  it('a login meanwhile stops the retries: the new session stays', async () => {
    const cloud = createFakeCloud({ latencyMs: 0 });
    const viewer = await liveUser(cloud, 'viewer');
    cloud.setOnline('viewer', false);
    const loggedOut = rejection(viewer.room.logout());
    await cloud.advance(20_000);
    expect((await loggedOut).code).toBe(ErrorCode.NETWORK_TIMEOUT);
    cloud.setOnline('viewer', true);
    await run(cloud, () =>
      viewer.room.login({ sdkAppId: cloud.options.sdkAppId, userId: 'viewer', userSig: 'dev' }),
    );
    await cloud.advance(30_000);

    expect(viewer.room.getSnapshot().status).toBe('outside');
    expect(cloud.onlineUsers()).toContain('viewer');
  });
});
