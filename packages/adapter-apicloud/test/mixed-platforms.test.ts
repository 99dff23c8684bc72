import type { Rect } from '@trtc-smart/core';
import {
  type CallingWorld,
  createFakeCloud,
  createFakeNativeModule,
  deriveSeed,
  loggedInParties,
  SeededRandom,
  step,
} from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { createApicloudAdapter } from '../src/index.js';

/**
 * One fake cloud, two platforms: alice runs adapter-apicloud on a native module, bob the
 * testkit's fake-cloud adapter (the reference every adapter matches; adapters never import each
 * other, so the web adapter is not used here).
 */
function mixedWorld(): CallingWorld<Rect> {
  const cloud = createFakeCloud();
  return {
    cloud,
    sdkAppId: cloud.options.sdkAppId,
    adapter: (userId) => {
      if (userId !== 'alice') return cloud.adapter(userId);
      const native = createFakeNativeModule(cloud, userId);
      return createApicloudAdapter({
        module: native.module as never,
        clock: native.device.clock,
        random: new SeededRandom(deriveSeed(cloud.options.seed, 'apicloud:alice')),
      });
    },
    userSig: async (userId) => `dev-sig-${userId}`,
    view: () => ({ x: 0, y: 0, w: 320, h: 240 }),
  };
}

describe('an APICloud user and a user on another platform in one simulation', () => {
  it('the APICloud user calls, the other accepts; video both ways; the other hangs up', async () => {
    const world = mixedWorld();
    const [a, b] = await loggedInParties(world, ['alice', 'bob']);
    if (!a || !b) throw new Error('parties');
    await step(world, () => a.calling.call({ userId: 'bob', type: 1 }));
    expect(b.of('onInvited')).toEqual([
      { eventType: 'onInvited', sponsor: 'alice', userIdList: ['bob'], isFromGroup: false, callType: 1 },
    ]);
    await step(world, () => b.calling.accept());
    expect([a.calling.getSnapshot().status, b.calling.getSnapshot().status]).toEqual(['inCall', 'inCall']);
    await step(world, () => a.calling.openCamera({ isFront: true, view: world.view('alice') }));
    await step(world, () => b.calling.openCamera({ isFront: true, view: world.view('bob') }));
    expect(b.of('onUserVideoAvailable').at(-1)).toMatchObject({ userId: 'alice', available: true });
    expect(a.of('onUserVideoAvailable').at(-1)).toMatchObject({ userId: 'bob', available: true });
    await step(world, () => a.calling.startRemoteView({ userId: 'bob', view: world.view('alice') }));
    await world.cloud.advance(10_000);
    await step(world, () => b.calling.hangup());
    expect(
      [a.of('onCallEnd'), b.of('onCallEnd')].map((ends) => ends.map((e) => [e.reason, e.totalTime])),
    ).toEqual([[['remoteHangup', 10]], [['localHangup', 10]]]);
  });

  it('the other platform calls the APICloud user, who accepts and hangs up', async () => {
    const world = mixedWorld();
    const [a, b] = await loggedInParties(world, ['alice', 'bob']);
    if (!a || !b) throw new Error('parties');
    await step(world, () => b.calling.call({ userId: 'alice', type: 2 }));
    expect(a.of('onInvited')).toEqual([
      { eventType: 'onInvited', sponsor: 'bob', userIdList: ['alice'], isFromGroup: false, callType: 2 },
    ]);
    await step(world, () => a.calling.accept());
    expect(b.of('onUserEnter')).toEqual([{ eventType: 'onUserEnter', userId: 'alice' }]);
    await step(world, () => a.calling.hangup());
    expect([a.calling.getSnapshot().status, b.calling.getSnapshot().status]).toEqual(['idle', 'idle']);
    expect(b.of('onCallEnd').map((e) => e.reason)).toEqual(['remoteHangup']);
  });

  it('a group call mixing both: the APICloud user is invited, sees the invitee list grow, leaves', async () => {
    const world = mixedWorld();
    const [a, b, c] = await loggedInParties(world, ['alice', 'bob', 'carol']);
    if (!a || !b || !c) throw new Error('parties');
    await step(world, () => b.calling.groupCall({ userIdList: ['alice'], type: 1 }));
    await step(world, () => a.calling.accept());
    await step(world, () => b.calling.groupCall({ userIdList: ['carol'], type: 1 }));
    expect(a.of('onGroupCallInviteeListUpdate').at(-1)?.userIdList).toContain('carol');
    await step(world, () => c.calling.accept());
    expect(
      a
        .of('onUserEnter')
        .map((e) => e.userId)
        .sort(),
    ).toEqual(['bob', 'carol']);
    await step(world, () => a.calling.hangup());
    expect([b.calling.getSnapshot().status, c.calling.getSnapshot().status]).toEqual(['inCall', 'inCall']);
    expect(b.of('onUserLeave')).toEqual([{ eventType: 'onUserLeave', userId: 'alice' }]);
  });
});
