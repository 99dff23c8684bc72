import {
  type CallingEvent,
  CallType,
  createCalling,
  DEFAULT_RECONNECT_GRACE_MS,
  ErrorCode,
  type Rect,
} from '@trtc-smart/core';
import { type SeedError, toSeedModule } from '@trtc-smart/core/seed';
import { check, checkEqual, checkRejects } from './assert.js';
import { type CallingParty, callingParty, loggedInParties, step } from './calling-party.js';
import type { CallingHarness, CallingWorld, Scenario } from './harness.js';

/**
 * Multi-party call scenarios every adapter must pass, in virtual time. Each scenario builds its
 * own world from the harness, so adapters are held to one contract.
 */

const VIDEO = CallType.VIDEO;
const AUDIO = CallType.AUDIO;

async function connected(
  world: CallingWorld,
  caller: CallingParty,
  callee: CallingParty,
  type: CallType = VIDEO,
) {
  await step(world, () => caller.calling.call({ userId: callee.userId, type }));
  await step(world, () => callee.calling.accept());
}

const status = (p: CallingParty) => p.calling.getSnapshot().status;
const endReasons = (p: CallingParty) => p.of('onCallEnd').map((e) => e.reason);

/** The calling behaviour every adapter must show. */
export const callingScenarios: readonly Scenario<CallingHarness>[] = [
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
  {
    name: 'devices: camera, mic, switch to audio and volumes are seen by the other side',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await connected(world, a, b);
      await step(world, () => a.calling.openCamera({ isFront: true, view: world.view('alice') }));
      await step(world, () => a.calling.switchCamera({ isFront: false }));
      checkEqual(a.calling.getSnapshot().devices.camera, 'back', 'switched to the back camera');
      await step(world, () => a.calling.closeCamera());
      await step(world, () => a.calling.openCamera({ isFront: true, view: world.view('alice') }));
      checkEqual(
        b.of('onUserVideoAvailable').map((x) => x.available),
        [true, false, true],
        'video availability at the other side',
      );
      await step(world, () => a.calling.setMicMute({ isMute: true }));
      checkEqual(
        b.of('onUserAudioAvailable').at(-1),
        { eventType: 'onUserAudioAvailable', userId: 'alice', available: false },
        'mic muted',
      );
      await step(world, () => a.calling.setMicMute({ isMute: false }));
      await step(world, () => b.calling.setHandsFree({ isHandsFree: true }));
      checkEqual(b.calling.getSnapshot().devices.handsFree, true, 'hands-free on');
      await world.cloud.advance(2_000);
      const volumes = b.of('onUserVoiceVolume').flatMap((x) => x.volumeList);
      check(volumes.length > 0, 'volumes arrive');
      check(
        volumes.every((v) => Number.isInteger(v.volume) && v.volume >= 0 && v.volume <= 100),
        'volumes are 0-100',
      );
      check(
        volumes.some((v) => v.userId === 'alice'),
        'volumes name the other user',
      );
      await step(world, () => b.calling.switchToAudio());
      checkEqual(
        a.of('onCallTypeChanged'),
        [{ eventType: 'onCallTypeChanged', oldCallType: VIDEO, newCallType: AUDIO }],
        'caller type change',
      );
      checkEqual(b.of('onCallTypeChanged').length, 1, 'callee type change');
      checkEqual(
        b.of('onUserVideoAvailable').at(-1)?.available,
        false,
        "alice's camera closed by the switch",
      );
      checkEqual(a.calling.getSnapshot().call?.callType, AUDIO, 'call is audio now');
      await checkRejects(b.calling.switchToAudio(), ErrorCode.INVALID_STATE, 'switch an audio call');
    },
  },
  {
    name: 'logout during a call ends it on both sides',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await connected(world, a, b);
      await step(world, () => a.calling.logout());
      await world.cloud.settle();
      checkEqual([status(a), status(b)], ['loggedOut', 'idle'], 'statuses');
      checkEqual([endReasons(a), endReasons(b)], [['logout'], ['remoteHangup']], 'end reasons');
    },
  },
  {
    name: 'kicked offline: the same user logging in elsewhere ends the call on both sides',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await connected(world, a, b);
      const [a2] = await loggedInParties(world, ['alice']);
      await world.cloud.settle();
      checkEqual(a.of('onKickedOffline').length, 1, 'onKickedOffline');
      checkEqual([status(a), status(b), a2 && status(a2)], ['loggedOut', 'idle', 'idle'], 'statuses');
      checkEqual([endReasons(a), endReasons(b)], [['kickedOffline'], ['remoteHangup']], 'end reasons');
    },
  },
  {
    name: 'kicked offline while the link is down: told on reconnecting (IM answers the re-login), the call ends',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await connected(world, a, b);
      world.cloud.network.partition('alice');
      // The new device is alice's once logged in, so the partition takes its login's answer too.
      callingParty(world, 'alice')
        .login()
        .catch(() => undefined);
      await world.cloud.advance(1_000);
      world.cloud.network.heal('alice');
      await world.cloud.advance(5_000);
      checkEqual(a.of('onKickedOffline').length, 1, 'onKickedOffline');
      checkEqual(status(a), 'loggedOut', 'status');
      checkEqual(a.of('onCallEnd').length, 1, 'one onCallEnd');
    },
  },
  {
    name: 'a network partition longer than the reconnect grace ends the call with networkLost on both sides; nothing half-open',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await connected(world, a, b);
      const roomId = a.calling.getSnapshot().call?.roomId ?? 0;
      world.cloud.network.partition('alice');
      // Her own grace runs from the blip; bob's from when the room dropped her (the media timeout).
      await world.cloud.advance(DEFAULT_RECONNECT_GRACE_MS + 20_000);
      await world.cloud.settle();
      checkEqual([status(a), status(b)], ['idle', 'idle'], 'both idle');
      checkEqual([endReasons(a), endReasons(b)], [['networkLost'], ['networkLost']], 'end reasons');
      world.cloud.network.heal('alice');
      await world.cloud.settle();
      checkEqual(world.cloud.roomMembers(roomId), [], 'the room is empty');
    },
  },
  {
    name: 'accept -> connected costs the callee one join and the caller one signaling trip (virtual time)',
    async run(harness) {
      const world = harness.world({ latencyMs: 40 });
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await step(world, () => a.calling.call({ userId: 'bob', type: VIDEO }));
      const t0 = world.cloud.clock.now();
      const accepting = b.calling.accept();
      const connectedAt: Record<string, number> = {};
      for (const p of [a, b]) {
        p.calling.state$.subscribe((s) => {
          if (s.status === 'inCall' && connectedAt[p.userId] === undefined)
            connectedAt[p.userId] = world.cloud.clock.now();
        });
      }
      await world.cloud.settle();
      await accepting;
      // One round trip (2 x 40 ms) for the callee's join; the caller learns of it one trip later at most.
      checkEqual(
        connectedAt.bob !== undefined && connectedAt.bob - t0 <= 80,
        true,
        `callee connected in ${String((connectedAt.bob ?? 0) - t0)} ms`,
      );
      checkEqual(
        connectedAt.alice !== undefined && connectedAt.alice - t0 <= 160,
        true,
        `caller connected in ${String((connectedAt.alice ?? 0) - t0)} ms`,
      );
    },
  },
  {
    name: 'the same seed gives the same trace and the same events',
    async run(harness) {
      const once = async () => {
        const world = harness.world({ seed: 7, jitterMs: 15 });
        const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
        await connected(world, a, b);
        await world.cloud.advance(3_000);
        await step(world, () => a.calling.hangup());
        return { trace: world.cloud.exportTrace(), events: JSON.stringify([a.events, b.events]) };
      };
      const [first, second] = [await once(), await once()];
      checkEqual(first.events, second.events, 'events');
      check(first.trace === second.trace, 'traces are identical');
    },
  },
  {
    name: 'the seed callback API: a whole call through toSeedModule, errors as {code, msg}',
    async run(harness) {
      const world = harness.world();
      const user = (userId: string) => {
        const module = toSeedModule(createCalling({ adapter: world.adapter(userId) }));
        const heard: CallingEvent[] = [];
        module.setCallingListener({}, (ret) => ret && heard.push(ret));
        return { module, heard };
      };
      /** Calls a seed method and returns what its callback got once the network settled. */
      const seedCall = async (run: (cb: (ret: unknown, err?: SeedError) => void) => void) => {
        let got: { ret: unknown; err: SeedError | undefined } | undefined;
        run((ret, err) => {
          got = { ret, err };
        });
        await world.cloud.settle();
        check(got, 'the callback was called');
        return got;
      };
      const a = user('alice');
      const b = user('bob');
      checkEqual(
        await seedCall((cb) => a.module.init({}, cb)),
        { ret: { status: true }, err: undefined },
        'init',
      );
      for (const [u, userId] of [
        [a, 'alice'],
        [b, 'bob'],
      ] as const) {
        const userSig = await world.userSig(userId);
        const login = await seedCall((cb) =>
          u.module.login({ sdkAppId: world.sdkAppId, userId, userSig }, cb),
        );
        checkEqual(login.ret, { status: true }, `${userId} login`);
      }
      // Untyped seed code may leave `type` out: the callback gets the typed API's error.
      const bad = await seedCall((cb) => a.module.call({ userId: 'bob' } as never, cb));
      checkEqual(
        bad,
        {
          ret: null,
          err: { code: ErrorCode.INVALID_PARAMETER, msg: 'type: must be 1 (video) or 2 (audio)' },
        },
        'bad call',
      );
      checkEqual(
        (await seedCall((cb) => a.module.call({ userId: 'bob', type: 1 }, cb))).ret,
        { status: true },
        'call',
      );
      checkEqual(
        b.heard.filter((e) => e.eventType === 'onInvited'),
        [{ eventType: 'onInvited', sponsor: 'alice', userIdList: ['bob'], isFromGroup: false, callType: 1 }],
        'listener got onInvited',
      );
      checkEqual((await seedCall((cb) => b.module.accept({}, cb))).ret, { status: true }, 'accept');
      const opened = await seedCall((cb) =>
        // The world's view stands in for the seed's rect (the fake cloud's views are rects).
        a.module.openCamera({ isFront: true, rect: world.view('alice') as Rect }, cb),
      );
      checkEqual(opened.ret, { status: true }, 'openCamera with rect');
      const wrong = await seedCall((cb) => b.module.accept({}, cb));
      checkEqual(wrong.err?.code, ErrorCode.INVALID_STATE, 'accept while in a call');
      checkEqual((await seedCall((cb) => a.module.hangup({}, cb))).ret, { status: true }, 'hangup');
      check(
        b.heard.some((e) => e.eventType === 'onCallEnd'),
        'callee heard onCallEnd',
      );
      checkEqual(
        (await seedCall((cb) => b.module.removeCallingListener({}, cb))).ret,
        { status: true },
        'remove listener',
      );
      const heardBefore = b.heard.length;
      await seedCall((cb) => a.module.call({ userId: 'bob', type: 2 }, cb));
      checkEqual(b.heard.length, heardBefore, 'a removed listener hears nothing');
      checkEqual((await seedCall((cb) => a.module.destroy({}, cb))).ret, { status: true }, 'destroy');
      checkEqual(
        (await seedCall((cb) => a.module.call({ userId: 'bob', type: 2 }, cb))).err?.code,
        ErrorCode.DESTROYED,
        'after destroy',
      );
    },
  },
  {
    name: 'duplicated and reordered signaling: every event still arrives exactly once',
    async run(harness) {
      const world = harness.world({ seed: 3, jitterMs: 30 });
      world.cloud.network.configure({ duplicate: 0.5 });
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await connected(world, a, b);
      await step(world, () => a.calling.openCamera({ isFront: true, view: world.view('alice') }));
      await step(world, () => b.calling.hangup());
      checkEqual(
        [endReasons(a), endReasons(b)],
        [['remoteHangup'], ['localHangup']],
        'the call connected and ended once',
      );
      for (const p of [a, b]) {
        const types = p.timeline();
        checkEqual(types.length, new Set(types).size, `${p.userId} saw no event twice (${types.join(', ')})`);
      }
    },
  },
  {
    name: 'a lossy network never leaves a call half-open',
    async run(harness) {
      for (const seed of [1, 2, 3, 4, 5]) {
        const world = harness.world({ seed });
        const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
        world.cloud.network.configure({ loss: 0.3 });
        const tryStep = (run: () => Promise<void>) => step(world, run).catch(() => undefined);
        await tryStep(() => a.calling.call({ userId: 'bob', type: VIDEO }));
        await world.cloud.advance(1_000);
        if (status(b) === 'ringing') await tryStep(() => b.calling.accept());
        await world.cloud.advance(5_000);
        for (const p of [a, b]) if (status(p) !== 'idle') await tryStep(() => p.calling.hangup());
        world.cloud.network.configure({ loss: 0 });
        await world.cloud.advance(60_000);
        await world.cloud.settle();
        checkEqual([status(a), status(b)], ['idle', 'idle'], `seed ${seed}: both idle`);
        const roomId = a.calling.getSnapshot().lastCall?.roomId ?? 0;
        checkEqual(world.cloud.roomMembers(roomId), [], `seed ${seed}: the room is empty`);
        for (const p of [a, b])
          checkEqual(p.of('onCallEnd').length <= 1, true, `seed ${seed}: ${p.userId} ended at most once`);
      }
    },
  },
];
