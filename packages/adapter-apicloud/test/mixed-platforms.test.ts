import type { CallingAdapter, LiveRoomAdapter, Rect } from '@trtc-smart/core';
import {
  type CallingWorld,
  createFakeCloud,
  createFakeNativeModule,
  deriveSeed,
  type LiveRoomWorld,
  loggedInLiveParties,
  loggedInParties,
  SeededRandom,
  step,
} from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { createApicloudAdapter } from '../src/index.js';

/**
 * One fake cloud, two platforms: the `onApicloud` users run adapter-apicloud on a native module,
 * the others the testkit's fake-cloud adapter (the reference every adapter matches; adapters never
 * import each other, so the web adapter is not used here).
 */
function mixedWorld(onApicloud: readonly string[] = ['alice']): CallingWorld<Rect> & LiveRoomWorld<Rect> {
  const cloud = createFakeCloud();
  return {
    cloud,
    sdkAppId: cloud.options.sdkAppId,
    adapter: (userId: string): CallingAdapter<Rect> & LiveRoomAdapter<Rect> => {
      // The fake-cloud adapter takes rects among its views (FakeView), so it serves a rect world.
      if (!onApicloud.includes(userId))
        return cloud.adapter(userId) as CallingAdapter<Rect> & LiveRoomAdapter<Rect>;
      const native = createFakeNativeModule(cloud, userId);
      return createApicloudAdapter({
        module: native.module as never,
        clock: native.device.clock,
        random: new SeededRandom(deriveSeed(cloud.options.seed, `apicloud:${userId}`)),
      });
    },
    userSig: async (userId: string) => `dev-sig-${userId}`,
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

describe('APICloud and another platform in one live room', () => {
  const rect = { x: 0, y: 0, w: 320, h: 240 };

  for (const anchorOnApicloud of [true, false]) {
    const [anchorSide, guestSide] = anchorOnApicloud ? ['APICloud', 'other'] : ['other', 'APICloud'];
    it(`an ${anchorSide} anchor co-hosts with an ${guestSide} audience member; a watcher sees both`, async () => {
      const world = mixedWorld([anchorOnApicloud ? 'anchor' : 'guest']);
      const [a, g, w] = await loggedInLiveParties(world, ['anchor', 'guest', 'watcher']);
      if (!a || !g || !w) throw new Error('parties');
      await step(world, () => a.room.setSelfProfile({ userName: 'Ann' }));
      await step(world, () => a.room.createRoom({ roomId: 7, roomName: 'mixed', coverUrl: '' }));
      await step(world, () => a.room.startCameraPreview({ isFront: true, view: rect }));
      await step(world, () => a.room.startPublish({ streamId: 'ann' }));
      for (const p of [g, w]) await step(world, () => p.room.enterRoom({ roomId: 7 }));
      await step(world, () => g.room.requestJoinAnchor({ reason: 'duet' }));
      expect(a.of('onRequestJoinAnchor').map((e) => [e.userInfo.userId, e.reason])).toEqual([
        ['guest', 'duet'],
      ]);
      await step(world, () => a.room.responseJoinAnchor({ userId: 'guest', isAgree: true, reason: 'yes' }));
      expect(g.linkMic).toEqual([{ eventType: 'onSuccess', reason: 'yes' }]);
      await step(world, () => g.room.startCameraPreview({ isFront: true, view: rect }));
      await step(world, () => g.room.startPublish({ streamId: 'guest' }));
      await step(world, () => a.room.startPlay({ userId: 'guest', view: rect }));
      expect([a.status(), g.status()]).toEqual(['linkMic', 'linked']);
      expect(w.of('onAnchorEnter').map((e) => e.userId)).toEqual(['anchor', 'guest']);
      expect(w.of('onRoomInfoChange').map((e) => e.roomInfo.roomStatus)).toEqual([2]);
      const anchors = await step(world, () => w.room.getAnchorList());
      expect(anchors.userList.map((u) => [u.userId, u.userName])).toEqual([
        ['anchor', 'Ann'],
        ['guest', ''],
      ]);
      await step(world, () => a.room.kickoutJoinAnchor({ userId: 'guest' }));
      expect(g.of('onKickoutJoinAnchor')).toHaveLength(1);
      expect([a.status(), g.status()]).toEqual(['live', 'watching']);
      expect(w.of('onAnchorExit').map((e) => e.userId)).toEqual(['guest']);
      await step(world, () => a.room.destroyRoom());
      expect([g.of('onRoomDestroy'), w.of('onRoomDestroy')]).toEqual([
        [{ eventType: 'onRoomDestroy', roomId: 7 }],
        [{ eventType: 'onRoomDestroy', roomId: 7 }],
      ]);
    });
  }

  it('an APICloud anchor and an anchor on another platform PK; each side sees the other, quit ends it', async () => {
    const world = mixedWorld(['annie']);
    const [a, b] = await loggedInLiveParties(world, ['annie', 'bella']);
    if (!a || !b) throw new Error('parties');
    for (const [p, roomId] of [
      [a, 21],
      [b, 22],
    ] as const) {
      await step(world, () => p.room.createRoom({ roomId, roomName: 'pk', coverUrl: '' }));
      await step(world, () => p.room.startPublish({ streamId: p.userId }));
    }
    await step(world, () => b.room.requestRoomPK({ roomId: 21, userId: 'annie' }));
    await step(world, () => a.room.responseRoomPK({ userId: 'bella', isAgree: true, reason: 'on' }));
    expect(b.roomPK).toEqual([{ eventType: 'onSuccess', reason: 'on' }]);
    const partners = () => [a, b].map((p) => p.room.getSnapshot().pkPartner?.userId);
    expect(partners()).toEqual(['bella', 'annie']);
    expect([a.of('onAnchorEnter'), b.of('onAnchorEnter')].map((l) => l.map((e) => e.userId))).toEqual([
      ['bella'],
      ['annie'],
    ]);
    await step(world, () => a.room.quitRoomPK());
    expect([b.of('onQuitRoomPK').length, a.of('onQuitRoomPK').length]).toEqual([1, 0]);
    expect(partners()).toEqual([undefined, undefined]);
    expect([a.status(), b.status()]).toEqual(['live', 'live']);
  });
});
