import { DEFAULT_RECONNECT_GRACE_MS, ErrorCode } from '@trtc-smart/core';
import { check, checkEqual, checkRejects } from './assert.js';
import { type CallingParty, callingParty, loggedInParties, step } from './calling-party.js';
import { AUDIO, connected, endReasons, status, VIDEO } from './calling-scenario-kit.js';
import type { CallingHarness, Scenario } from './harness.js';

/** Devices, the session and the network during a call: logout, kick-out, partitions, join cost. */
export const callSessionScenarios: readonly Scenario<CallingHarness>[] = [
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
];
