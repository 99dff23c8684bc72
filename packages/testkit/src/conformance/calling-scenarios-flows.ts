import { ErrorCode } from '@trtc-smart/core';
import { check, checkEqual, checkRejects } from './assert.js';
import { type CallingParty, loggedInParties, step } from './calling-party.js';
import { AUDIO, connected, endReasons, status, VIDEO } from './calling-scenario-kit.js';
import type { CallingHarness, Scenario } from './harness.js';

/** The seed's call flows: 1:1 video and audio, reject, no answer, busy, cancel, glare, group calls. */
export const callFlowScenarios: readonly Scenario<CallingHarness>[] = [
  {
    name: '1:1 video call: invite, accept, media events, hang up; both end once and are idle',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await step(world, () => a.calling.call({ userId: 'bob', type: VIDEO }));
      checkEqual(status(a), 'dialing', 'caller status while ringing');
      checkEqual(status(b), 'ringing', 'callee status while ringing');
      checkEqual(
        b.of('onInvited'),
        [
          {
            eventType: 'onInvited',
            sponsor: 'alice',
            userIdList: ['bob'],
            isFromGroup: false,
            callType: VIDEO,
          },
        ],
        'onInvited at the callee',
      );
      await step(world, () => b.calling.accept());
      checkEqual([status(a), status(b)], ['inCall', 'inCall'], 'statuses after accept');
      checkEqual(
        a.of('onUserEnter'),
        [{ eventType: 'onUserEnter', userId: 'bob' }],
        'caller sees callee enter',
      );
      checkEqual(
        b.of('onUserEnter'),
        [{ eventType: 'onUserEnter', userId: 'alice' }],
        'callee sees caller enter',
      );
      check(
        a.of('onUserAudioAvailable').some((e) => e.userId === 'bob' && e.available),
        'caller hears callee',
      );
      check(
        b.of('onUserAudioAvailable').some((e) => e.userId === 'alice' && e.available),
        'callee hears caller',
      );
      await step(world, () => a.calling.openCamera({ isFront: true, view: world.view('alice') }));
      checkEqual(
        b.of('onUserVideoAvailable'),
        [{ eventType: 'onUserVideoAvailable', userId: 'alice', available: true }],
        'video at callee',
      );
      await step(world, () => b.calling.startRemoteView({ userId: 'alice', view: world.view('bob') }));
      await world.cloud.advance(60_000);
      await step(world, () => b.calling.hangup());
      checkEqual([status(a), status(b)], ['idle', 'idle'], 'statuses after hang-up');
      checkEqual(endReasons(a), ['remoteHangup'], 'caller onCallEnd');
      checkEqual(endReasons(b), ['localHangup'], 'callee onCallEnd');
      checkEqual(a.of('onCallEnd')[0]?.totalTime, 60, 'call duration in seconds');
      checkEqual(
        a.of('onUserLeave'),
        [{ eventType: 'onUserLeave', userId: 'bob' }],
        'caller sees callee leave',
      );
      checkEqual(a.calling.getSnapshot().devices.camera, 'off', 'camera closed after the call');
    },
  },
  {
    name: '1:1 audio call: no camera, both sides connect and end',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await connected(world, a, b, AUDIO);
      checkEqual(b.of('onInvited')[0]?.callType, AUDIO, 'audio call type');
      await checkRejects(
        a.calling.openCamera({ isFront: true, view: world.view('alice') }),
        ErrorCode.INVALID_STATE,
        'camera in an audio call',
      );
      await step(world, () => a.calling.hangup());
      checkEqual([endReasons(a), endReasons(b)], [['localHangup'], ['remoteHangup']], 'end reasons');
    },
  },
  {
    name: 'reject: the caller gets onReject, both end idle',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await step(world, () => a.calling.call({ userId: 'bob', type: VIDEO }));
      await step(world, () => b.calling.reject());
      checkEqual(a.of('onReject'), [{ eventType: 'onReject', userId: 'bob' }], 'onReject');
      checkEqual([status(a), status(b)], ['idle', 'idle'], 'statuses');
      checkEqual([endReasons(a), endReasons(b)], [['rejected'], ['localReject']], 'end reasons');
    },
  },
  {
    name: 'no answer: onNoResp at the caller and onCallingTimeOut at the callee after the default 30 s',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await step(world, () => a.calling.call({ userId: 'bob', type: VIDEO }));
      await world.cloud.advance(29_000);
      checkEqual([status(a), status(b)], ['dialing', 'ringing'], 'still ringing at 29 s');
      await world.cloud.advance(2_000);
      await world.cloud.settle();
      checkEqual(a.of('onNoResp'), [{ eventType: 'onNoResp', userId: 'bob' }], 'onNoResp');
      checkEqual(b.of('onCallingTimeOut'), [{ eventType: 'onCallingTimeOut' }], 'onCallingTimeOut');
      checkEqual([endReasons(a), endReasons(b)], [['noResponse'], ['timeout']], 'end reasons');
    },
  },
  {
    name: 'the invite timeout is configurable',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'], { inviteTimeoutSec: 5 })) as [
        CallingParty,
        CallingParty,
      ];
      await step(world, () => a.calling.call({ userId: 'bob', type: AUDIO }));
      await world.cloud.advance(6_000);
      await world.cloud.settle();
      checkEqual([a.of('onNoResp').length, b.of('onCallingTimeOut').length], [1, 1], 'timed out after 5 s');
    },
  },
  {
    name: 'busy: a callee in another call makes the caller get onLineBusy; its own call is untouched',
    async run(harness) {
      const world = harness.world();
      const [a, b, c] = (await loggedInParties(world, ['alice', 'bob', 'carol'])) as [
        CallingParty,
        CallingParty,
        CallingParty,
      ];
      await connected(world, b, c);
      const before = b.timeline().length;
      await step(world, () => a.calling.call({ userId: 'bob', type: VIDEO }));
      checkEqual(a.of('onLineBusy'), [{ eventType: 'onLineBusy', userId: 'bob' }], 'onLineBusy');
      checkEqual(endReasons(a), ['lineBusy'], 'caller end reason');
      checkEqual([status(b), status(c)], ['inCall', 'inCall'], 'busy call untouched');
      checkEqual(b.timeline().slice(before), [], 'the busy callee saw nothing');
    },
  },
  {
    name: 'cancel: the caller hangs up while it rings; the callee gets onCallingCancel',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await step(world, () => a.calling.call({ userId: 'bob', type: VIDEO }));
      await step(world, () => a.calling.hangup());
      checkEqual(
        b.of('onCallingCancel'),
        [{ eventType: 'onCallingCancel', userId: 'alice' }],
        'onCallingCancel',
      );
      checkEqual([status(a), status(b)], ['idle', 'idle'], 'statuses');
      checkEqual([endReasons(a), endReasons(b)], [['localHangup'], ['cancelled']], 'end reasons');
    },
  },
  {
    name: 'glare: two users call each other at once and meet in one call (the smaller userId wins)',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      const calls = Promise.all([
        a.calling.call({ userId: 'bob', type: VIDEO }),
        b.calling.call({ userId: 'alice', type: VIDEO }),
      ]);
      await world.cloud.settle();
      await calls;
      await world.cloud.settle();
      checkEqual([status(a), status(b)], ['inCall', 'inCall'], 'both in one call');
      // One call, seen from both sides (room ids are adapter handles, so compare who is in it).
      checkEqual(
        a.calling.getSnapshot().call?.participants.bob?.status,
        'joined',
        'alice is in a call with bob',
      );
      checkEqual(
        b.calling.getSnapshot().call?.participants.alice?.status,
        'joined',
        'bob is in a call with alice',
      );
      checkEqual(a.calling.getSnapshot().call?.role, 'caller', "alice's call won");
      await step(world, () => a.calling.hangup());
      checkEqual([status(a), status(b)], ['idle', 'idle'], 'both idle after hang-up');
      checkEqual(
        [endReasons(a), endReasons(b)],
        [['localHangup'], ['remoteHangup']],
        'one call ended once each',
      );
    },
  },
  {
    name: 'group call of four: reject, no answer, accept, a late fifth invitee, ends when nobody is left',
    async run(harness) {
      const world = harness.world();
      const ids = ['alice', 'bob', 'carol', 'dave', 'erin'];
      const [a, b, c, d, e] = (await loggedInParties(world, ids)) as CallingParty[] as [
        CallingParty,
        CallingParty,
        CallingParty,
        CallingParty,
        CallingParty,
      ];
      await step(world, () =>
        a.calling.groupCall({ userIdList: ['bob', 'carol', 'dave'], type: VIDEO, groupId: 'team' }),
      );
      checkEqual(
        d.of('onInvited'),
        [
          {
            eventType: 'onInvited',
            sponsor: 'alice',
            userIdList: ['bob', 'carol', 'dave'],
            isFromGroup: true,
            callType: VIDEO,
          },
        ],
        'group onInvited',
      );
      await step(world, () => b.calling.reject());
      await step(world, () => d.calling.accept());
      checkEqual(a.of('onReject'), [{ eventType: 'onReject', userId: 'bob' }], 'onReject from bob');
      checkEqual(
        [status(a), status(d), status(c)],
        ['inCall', 'inCall', 'ringing'],
        'statuses after one accept',
      );
      await world.cloud.advance(31_000);
      await world.cloud.settle();
      checkEqual(a.of('onNoResp'), [{ eventType: 'onNoResp', userId: 'carol' }], 'onNoResp for carol');
      checkEqual(status(c), 'idle', 'carol timed out');
      await step(world, () => a.calling.groupCall({ userIdList: ['erin'], type: VIDEO, groupId: 'team' }));
      check(
        a.of('onGroupCallInviteeListUpdate').at(-1)?.userIdList.includes('erin'),
        'alice sees erin invited',
      );
      check(
        d.of('onGroupCallInviteeListUpdate').at(-1)?.userIdList.includes('erin'),
        'dave sees erin invited',
      );
      checkEqual(e.of('onInvited')[0]?.isFromGroup, true, 'erin invited into the group call');
      await step(world, () => e.calling.accept());
      check(
        a.of('onUserEnter').some((x) => x.userId === 'erin'),
        'alice sees erin enter',
      );
      check(
        d.of('onUserEnter').some((x) => x.userId === 'erin'),
        'dave sees erin enter',
      );
      check(
        e.of('onUserEnter').some((x) => x.userId === 'alice') &&
          e.of('onUserEnter').some((x) => x.userId === 'dave'),
        'erin sees both',
      );
      await step(world, () => d.calling.hangup());
      checkEqual([status(a), status(e)], ['inCall', 'inCall'], 'call goes on while two remain');
      await step(world, () => e.calling.hangup());
      checkEqual(status(a), 'idle', 'alice ends when nobody remote is left');
      checkEqual(endReasons(a), ['remoteHangup'], 'alice end reason');
      for (const p of [a, b, c, d, e]) checkEqual(p.of('onCallEnd').length, 1, `${p.userId} onCallEnd once`);
    },
  },
];
