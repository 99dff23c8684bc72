import { CallType, ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { merge, Subject } from 'rxjs';
import { expect } from 'vitest';
import { devSignUserSig } from '../../src/index.js';
import type { CallWorld, Path } from './world.js';

/** Paths through logging in and out, the session's own events, destroy and port failures. */
export const callSessionPaths: readonly Path<CallWorld>[] = [
  {
    name: 'login succeeds, logout succeeds',
    async run(world) {
      const w = world();
      const [a] = await w.loggedIn('alice');
      expect(a.status()).toBe('idle');
      await w.run(() => a.calling.logout());
      expect(a.status()).toBe('loggedOut');
    },
  },
  {
    name: 'login refused (bad userSig) returns to loggedOut',
    async run(world) {
      const w = world({ secretKey: 'coverage-key' });
      const a = w.user('alice');
      const login = w.run(() =>
        a.calling.login({ sdkAppId: w.sdkAppId, userId: 'alice', userSig: 'forged' }),
      );
      await expect(login).rejects.toMatchObject({ code: ErrorCode.USER_SIG_INVALID });
      expect(a.status()).toBe('loggedOut');
    },
  },
  {
    name: 'a failing logout still ends logged out, and says why',
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'logout failed');
      const a = w.user('alice', {
        rewire: (d) => ({ session: { ...d.session, logout: () => Promise.reject(failure) } }),
      });
      await w.logIn(a);
      await expect(w.run(() => a.calling.logout())).rejects.toBe(failure);
      expect(a.status()).toBe('loggedOut');
    },
  },
  {
    name: 'logging in on a second device kicks the first offline, mid-call',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: CallType.AUDIO }));
      await w.run(() => b.calling.accept());
      const again = w.user('alice');
      await w.logIn(again);
      expect(a.status()).toBe('loggedOut');
      expect(a.heard().slice(-2)).toEqual(['onCallEnd', 'onKickedOffline']);
      expect(a.calling.getSnapshot().lastCall?.reason).toBe('kickedOffline');
    },
  },
  {
    name: 'an expiring userSig logs the user out with onUserSigExpired',
    async run(world) {
      const secretKey = 'coverage-key';
      const w = world({ secretKey });
      const a = w.user('alice');
      const nowSec = w.cloud.clock.now() / 1000;
      const userSig = await devSignUserSig({
        sdkAppId: w.sdkAppId,
        secretKey,
        userId: 'alice',
        expireSec: 60,
        nowSec,
      });
      await w.run(() => a.calling.login({ sdkAppId: w.sdkAppId, userId: 'alice', userSig }));
      expect(a.status()).toBe('idle');
      await w.cloud.advance(61_000);
      expect(a.status()).toBe('loggedOut');
      expect(a.heard()).toEqual(['onUserSigExpired']);
    },
  },
  {
    name: 'destroy in a call ends it for both sides',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: CallType.AUDIO }));
      await w.run(() => b.calling.accept());
      await w.run(() => a.calling.destroy());
      expect(a.status()).toBe('destroyed');
      expect(a.calling.getSnapshot().lastCall?.reason).toBe('destroyed');
      expect(b.status()).toBe('idle');
      expect(w.cloud.onlineUsers()).toEqual(['bob']);
    },
  },
  {
    name: 'a failed fire-and-forget effect is reported as onError, the state goes on',
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'reject failed');
      const a = w.user('alice');
      const b = w.user('bob', {
        rewire: (d) => ({ callSignaling: { ...d.callSignaling, reject: () => Promise.reject(failure) } }),
      });
      await w.logIn(a, b);
      await w.run(() => a.calling.call({ userId: 'bob', type: CallType.AUDIO }));
      await w.run(() => b.calling.reject());
      expect(b.status()).toBe('idle');
      expect(b.events).toContainEqual({ eventType: 'onError', code: failure.code, msg: 'reject failed' });
    },
  },
  {
    name: "a media port's error event is reported as onError",
    async run(world) {
      const w = world();
      const injected = new Subject<{ type: 'error'; code: number; message: string }>();
      const a = w.user('alice', {
        rewire: (d) => ({
          callMedia: { ...d.callMedia, events$: merge(d.callMedia.events$, injected) },
        }),
      });
      await w.logIn(a);
      injected.next({ type: 'error', code: -1302, message: 'camera busy' });
      expect(a.events).toEqual([
        { eventType: 'onError', code: ErrorCode.ADAPTER_FAILURE, msg: 'camera busy (-1302)' },
      ]);
    },
  },
];
