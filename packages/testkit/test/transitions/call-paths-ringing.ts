import { type CallSignalingEvent, CallType } from '@trtc-smart/core';
import { merge, Subject } from 'rxjs';
import { expect } from 'vitest';
import type { CallUser, CallWorld, Path } from './world.js';

const VIDEO = CallType.VIDEO;
const reason = (u: CallUser) => u.calling.getSnapshot().lastCall?.reason;

/** Paths through an incoming call's ringing: every way it ends and everything it hears meanwhile. */
export const callRingingPaths: readonly Path<CallWorld>[] = [
  {
    name: 'the callee rejects: both end, the caller hears onReject',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      expect([a.status(), b.status()]).toEqual(['dialing', 'ringing']);
      await w.run(() => b.calling.reject());
      expect([a.status(), b.status()]).toEqual(['idle', 'idle']);
      expect([reason(a), reason(b)]).toEqual(['rejected', 'localReject']);
      expect(a.heard()).toEqual(['onReject', 'onCallEnd']);
    },
  },
  {
    name: 'the callee hangs up while ringing: it rejects',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      await w.run(() => b.calling.hangup());
      expect([reason(a), reason(b)]).toEqual(['rejected', 'localReject']);
    },
  },
  {
    name: 'the caller cancels while the callee rings',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      await w.run(() => a.calling.hangup());
      expect([reason(a), reason(b)]).toEqual(['localHangup', 'cancelled']);
      expect(b.heard()).toEqual(['onInvited', 'onCallingCancel', 'onCallEnd']);
    },
  },
  {
    name: "the cloud's timeout reaches the callee first: it stops ringing with onCallingTimeOut",
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      // A faster link from now on: the cloud's timeout overtakes the callee's own timer.
      w.cloud.network.configure({ latencyMs: 1 }, 'bob');
      await w.cloud.advance(31_000);
      expect([reason(a), reason(b)]).toEqual(['noResponse', 'timeout']);
      expect(b.heard()).toEqual(['onInvited', 'onCallingTimeOut', 'onCallEnd']);
    },
  },
  {
    name: "the callee's own timer ends the ringing when the cloud's timeout is lost",
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      w.cloud.network.partition('bob');
      await w.cloud.advance(31_000);
      expect(b.status()).toBe('idle');
      // Its IM link is shown reconnecting; the ringing ends on its own timer all the same.
      expect(b.heard()).toEqual(['onInvited', 'onConnectionChanged', 'onCallingTimeOut', 'onCallEnd']);
      expect(b.events.find((e) => e.eventType === 'onConnectionChanged')).toEqual({
        eventType: 'onConnectionChanged',
        scope: 'signaling',
        state: 'reconnecting',
      });
      expect(reason(a)).toBe('noResponse');
    },
  },
  {
    name: 'a ringing group invitee hears the others accept and reject',
    async run(world) {
      const w = world();
      const [a, b, c, d] = await w.loggedIn('alice', 'bob', 'carol', 'dave');
      await w.run(() => a.calling.groupCall({ userIdList: ['bob', 'carol', 'dave'], type: VIDEO }));
      await w.run(() => c.calling.accept());
      await w.run(() => d.calling.reject());
      const participants = b.calling.getSnapshot().call?.participants;
      expect(participants?.carol?.status).toBe('accepted');
      expect(participants?.dave?.status).toBe('rejected');
      expect(b.status()).toBe('ringing');
      await w.run(() => b.calling.accept());
      expect([a, b, c].map((u) => u.status())).toEqual(['inCall', 'inCall', 'inCall']);
    },
  },
  {
    name: 'a duplicated invitation rings once',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      w.cloud.network.configure({ duplicate: 1 }, 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      expect(b.heard()).toEqual(['onInvited']);
      expect(Object.keys(b.calling.getSnapshot().call?.participants ?? {})).toEqual(['alice']);
    },
  },
  {
    name: 'a ringing user is busy for another call',
    async run(world) {
      const w = world();
      const [a, b, c] = await w.loggedIn('alice', 'bob', 'carol');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      await w.run(() => c.calling.call({ userId: 'bob', type: VIDEO }));
      expect(b.status()).toBe('ringing');
      expect(b.calling.getSnapshot().call?.sponsor).toBe('alice');
      expect(c.heard()).toEqual(['onLineBusy', 'onCallEnd']);
      expect(reason(c)).toBe('lineBusy');
    },
  },
  {
    name: 'the ringing callee sets its camera, mic and speaker before answering',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      const view = { x: 0, y: 0, w: 320, h: 240 };
      await w.run(() => b.calling.openCamera({ isFront: true, view }));
      await w.run(() => b.calling.setMicMute({ isMute: true }));
      await w.run(() => b.calling.setHandsFree({ isHandsFree: false }));
      expect(b.calling.getSnapshot().devices).toMatchObject({
        camera: 'front',
        micMuted: true,
        handsFree: false,
      });
      expect(b.status()).toBe('ringing');
    },
  },
  {
    name: "a call answered on the account's other device stops ringing here, with its reason",
    async run(world) {
      // adapter-web reports IM multi-terminal answers (packages/adapter-web/src/calling/
      // call-signaling-port.ts, answeredElsewhere); the fake device's port does not, so it is injected.
      const w = world();
      const notices = new Subject<CallSignalingEvent>();
      const b = w.user('bob', {
        rewire: (d) => ({
          callSignaling: { ...d.callSignaling, events$: merge(d.callSignaling.events$, notices) },
        }),
      });
      const [a] = await w.loggedIn('alice');
      await w.logIn(b);
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      const roomId = b.calling.getSnapshot().call?.roomId ?? 0;
      notices.next({ type: 'answeredElsewhere', roomId, accepted: true });
      expect([b.status(), reason(b)]).toEqual(['idle', 'otherDeviceAccepted']);
      expect(b.heard()).toEqual(['onInvited', 'onCallEnd']);
    },
  },
  {
    name: 'a ringing invitee hears that a party left the call it is asked into',
    async run(world) {
      const w = world();
      const [a, b, c] = await w.loggedIn('alice', 'bob', 'carol');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      await w.run(() => b.calling.accept());
      await w.run(() => a.calling.groupCall({ userIdList: ['carol'], type: VIDEO }));
      expect(c.status()).toBe('ringing');
      await w.run(() => b.calling.hangup());
      expect(c.status()).toBe('ringing');
      expect(c.calling.getSnapshot().call?.participants.bob?.status).toBe('left');
    },
  },
];
