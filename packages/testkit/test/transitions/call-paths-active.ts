import { CallType, ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { expect } from 'vitest';
import type { CallUser, CallWorld, Path } from './world.js';

const VIDEO = CallType.VIDEO;
const view = { x: 0, y: 0, w: 320, h: 240 };
const reason = (u: CallUser) => u.calling.getSnapshot().lastCall?.reason;
const status = (u: CallUser) => u.status();

async function connected(w: CallWorld, a: CallUser, b: CallUser): Promise<void> {
  await w.run(() => a.calling.call({ userId: b.id, type: VIDEO }));
  await w.run(() => b.calling.accept());
  expect([a.status(), b.status()]).toEqual(['inCall', 'inCall']);
}

/** Paths through a call once it is placed or accepted: connecting, in the call, and every way out. */
export const callActivePaths: readonly Path<CallWorld>[] = [
  {
    name: '1:1 call connects and the callee hangs up: the caller ends with remoteHangup',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await connected(w, a, b);
      expect(a.heard().slice(0, 2)).toEqual(['onUserEnter', 'onCallBegin']);
      await w.run(() => b.calling.hangup());
      expect([reason(a), reason(b)]).toEqual(['remoteHangup', 'localHangup']);
      expect(a.heard().slice(-2)).toEqual(['onUserLeave', 'onCallEnd']);
    },
  },
  {
    name: 'in a call: devices, remote views, availability, then switch to audio for both',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await connected(w, a, b);
      await w.run(() => b.calling.openCamera({ isFront: false, view }));
      await w.run(() => b.calling.setMicMute({ isMute: true }));
      await w.run(() => b.calling.setHandsFree({ isHandsFree: true }));
      await w.run(() => a.calling.startRemoteView({ userId: 'bob', view }));
      expect(b.calling.getSnapshot().devices).toEqual({ camera: 'back', micMuted: true, handsFree: true });
      expect(a.calling.getSnapshot().call?.participants.bob).toMatchObject({
        rendering: true,
        videoAvailable: true,
        audioAvailable: false,
      });
      expect(a.events).toContainEqual({ eventType: 'onUserVideoAvailable', userId: 'bob', available: true });
      await w.run(() => a.calling.switchToAudio());
      expect([a, b].map((u) => u.calling.getSnapshot().call?.callType)).toEqual([
        CallType.AUDIO,
        CallType.AUDIO,
      ]);
      expect(b.heard()).toContain('onCallTypeChanged');
      expect(b.calling.getSnapshot().devices.camera).toBe('off');
    },
  },
  {
    name: "glare: each calls the other; the larger userId yields, and its own invitation's deadline changes nothing",
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      // Bob's invitation is out (its deadline set) before Alice's reaches him.
      const bobCalls = b.calling.call({ userId: 'alice', type: VIDEO });
      await w.cloud.advance(10);
      await w.run(() => Promise.all([bobCalls, a.calling.call({ userId: 'bob', type: VIDEO })]));
      expect([status(a), status(b)]).toEqual(['inCall', 'inCall']);
      expect(b.calling.getSnapshot().call?.sponsor).toBe('alice');
      await w.cloud.advance(31_000);
      expect([status(a), status(b)]).toEqual(['inCall', 'inCall']);
      expect(b.calling.actor.getSnapshot().context.timerIds).toEqual([]);
    },
  },
  {
    name: 'a user in a call is busy for another caller',
    async run(world) {
      const w = world();
      const [a, b, c] = await w.loggedIn('alice', 'bob', 'carol');
      await connected(w, a, b);
      await w.run(() => c.calling.call({ userId: 'alice', type: VIDEO }));
      expect(reason(c)).toBe('lineBusy');
      expect(status(a)).toBe('inCall');
    },
  },
  {
    name: 'a group call grows: the one in the call hears the new invitee, who joins',
    async run(world) {
      const w = world();
      const [a, b, c] = await w.loggedIn('alice', 'bob', 'carol');
      await connected(w, a, b);
      await w.run(() => a.calling.groupCall({ userIdList: ['carol'], type: VIDEO }));
      expect(b.heard()).toContain('onGroupCallInviteeListUpdate');
      await w.run(() => c.calling.accept());
      expect([status(a), status(b), status(c)]).toEqual(['inCall', 'inCall', 'inCall']);
    },
  },
  {
    name: 'an invitation that fails to go out is dropped from the call',
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'invite failed');
      let invites = 0;
      const a = w.user('alice', {
        rewire: (d) => ({
          callSignaling: {
            ...d.callSignaling,
            invite: (p) => (++invites > 1 ? Promise.reject(failure) : d.callSignaling.invite(p)),
          },
        }),
      });
      const b = w.user('bob');
      await w.logIn(a, b);
      await connected(w, a, b);
      await expect(w.run(() => a.calling.groupCall({ userIdList: ['carol'], type: VIDEO }))).rejects.toBe(
        failure,
      );
      expect(Object.keys(a.calling.getSnapshot().call?.participants ?? {})).toEqual(['bob']);
      expect(status(a)).toBe('inCall');
    },
  },
  {
    name: "a call whose room entry fails ends with 'error'",
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'enter failed');
      const a = w.user('alice', {
        rewire: (d) => ({ callMedia: { ...d.callMedia, enterRoom: () => Promise.reject(failure) } }),
      });
      const [b] = await w.loggedIn('bob');
      await w.logIn(a);
      await expect(w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }))).rejects.toBe(failure);
      expect([reason(a), reason(b)]).toEqual(['error', 'cancelled']);
    },
  },
  {
    name: "an accept whose room entry fails ends with 'error'; the caller hears the hang-up",
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'enter failed');
      const b = w.user('bob', {
        rewire: (d) => ({ callMedia: { ...d.callMedia, enterRoom: () => Promise.reject(failure) } }),
      });
      const [a] = await w.loggedIn('alice');
      await w.logIn(b);
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      await expect(w.run(() => b.calling.accept())).rejects.toBe(failure);
      expect([reason(a), reason(b)]).toEqual(['remoteHangup', 'error']);
    },
  },
];
