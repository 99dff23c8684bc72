import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { rejection } from '../helpers.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204, 313th live world): a viewer offline
 * logs out (its quit and logout go unanswered, so a logout is owed to IM), then logs in again
 * while still offline. That login forgot the owed logout, and its own answer was lost too: the
 * user ended logged out while IM, whose SDK logs in again once the link is back, kept its session
 * and its AVChatRoom membership for good. A login whose answer was lost may have a session at IM
 * (that one, or the old one): a logout is owed, as after a lost logout answer.
 */
describe('regression: a login whose answer is lost', () => {
  it('after an owed logout: IM still ends the session, which takes the user out of its room', async () => {
    const cloud = createFakeCloud({ latencyMs: 0 });
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));

    cloud.setOnline('viewer', false);
    const loggedOut = rejection(viewer.room.logout());
    await cloud.advance(20_000);
    expect((await loggedOut).code).toBe(ErrorCode.NETWORK_TIMEOUT);
    const loggedIn = rejection(
      viewer.room.login({ sdkAppId: cloud.options.sdkAppId, userId: 'viewer', userSig: 'dev' }),
    );
    await cloud.advance(1);
    cloud.setOnline('viewer', true);
    await cloud.advance(30_000);

    expect((await loggedIn).code).toBe(ErrorCode.NETWORK_TIMEOUT);
    expect(viewer.room.getSnapshot().status).toBe('loggedOut');
    expect(cloud.liveRoomMembers(9)).toEqual(['owner']);
  });
});
