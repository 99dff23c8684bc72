import { ErrorCode, type LiveMediaEvent, TrtcSmartError } from '@trtc-smart/core';
import { merge, Subject } from 'rxjs';
import { expect } from 'vitest';
import { devSignUserSig } from '../../src/index.js';
import { liveRoom } from './live-paths-room.js';
import type { LiveWorld, Path } from './world.js';

const logouts = (w: LiveWorld) =>
  w.cloud.trace().filter((e) => e.type === 'call' && e.device === 'vic' && e.method === 'session.logout');
const view = { x: 0, y: 0, w: 320, h: 240 };

/** Live-room paths through logging in and out, the session's events, devices, destroy and port reports. */
export const liveSessionPaths: readonly Path<LiveWorld>[] = [
  {
    name: 'login and logout succeed',
    async run(world) {
      const w = world();
      const [a] = await w.loggedIn('anna');
      expect(a.status()).toBe('outside');
      await w.run(() => a.room.logout());
      expect(a.status()).toBe('loggedOut');
    },
  },
  {
    name: 'a refused login returns to loggedOut',
    async run(world) {
      const w = world({ secretKey: 'coverage-key' });
      const a = w.user('anna');
      const login = w.run(() => a.room.login({ sdkAppId: w.sdkAppId, userId: 'anna', userSig: 'forged' }));
      await expect(login).rejects.toMatchObject({ code: ErrorCode.USER_SIG_INVALID });
      expect(a.status()).toBe('loggedOut');
    },
  },
  {
    name: 'a failing logout still ends logged out',
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'logout failed');
      const a = w.user('anna', {
        rewire: (d) => ({ session: { ...d.session, logout: () => Promise.reject(failure) } }),
      });
      await w.logIn(a);
      await expect(w.run(() => a.room.logout())).rejects.toBe(failure);
      expect(a.status()).toBe('loggedOut');
    },
  },
  {
    name: 'logging in elsewhere kicks the first device out',
    async run(world) {
      const w = world();
      const [a] = await w.loggedIn('anna');
      const again = w.user('anna');
      await w.logIn(again);
      expect([a.status(), again.status()]).toEqual(['loggedOut', 'outside']);
    },
  },
  {
    name: 'an expiring userSig logs the user out',
    async run(world) {
      const secretKey = 'coverage-key';
      const w = world({ secretKey });
      const a = w.user('anna');
      const nowSec = w.cloud.clock.now() / 1000;
      const userSig = await devSignUserSig({
        sdkAppId: w.sdkAppId,
        secretKey,
        userId: 'anna',
        expireSec: 60,
        nowSec,
      });
      await w.run(() => a.room.login({ sdkAppId: w.sdkAppId, userId: 'anna', userSig }));
      await w.cloud.advance(61_000);
      expect(a.status()).toBe('loggedOut');
    },
  },
  {
    name: 'profile and devices change while logged in',
    async run(world) {
      const w = world();
      const [a] = await w.loggedIn('anna');
      await w.run(() => a.room.setSelfProfile({ userName: 'Anna', avatarUrl: 'https://example.com/a.png' }));
      await w.run(() => a.room.startCameraPreview({ isFront: false, view }));
      await w.run(() => a.room.setMirror({ isMirror: true }));
      await w.run(() => a.room.muteLocalAudio({ isMute: true }));
      expect(a.room.getSnapshot().devices).toMatchObject({ camera: 'back', mirror: true, micMuted: true });
      expect(a.room.actor.getSnapshot().context.profile.userName).toBe('Anna');
    },
  },
  {
    name: 'destroy while owning a room dismisses it for the audience',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => a.room.destroy());
      expect(a.status()).toBe('destroyed');
      expect(v.status()).toBe('outside');
      expect(v.heard()).toContain('onRoomDestroy');
    },
  },
  {
    name: "a failed effect (the owner's room-state announcement) is reported as onError",
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'announce failed');
      const a = w.user('anna', {
        rewire: (d) => ({
          liveSignaling: { ...d.liveSignaling, setRoomState: () => Promise.reject(failure) },
        }),
      });
      await w.logIn(a);
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      await w.run(() => a.room.startPublish({ streamId: 's7' }));
      expect(a.status()).toBe('live');
      expect(a.events).toContainEqual({ eventType: 'onError', code: failure.code, msg: 'announce failed' });
    },
  },
  {
    name: "the media port's errors, warnings and logs reach the app",
    async run(world) {
      const w = world();
      const reports = new Subject<LiveMediaEvent>();
      const a = w.user('anna', {
        rewire: (d) => ({ liveMedia: { ...d.liveMedia, events$: merge(d.liveMedia.events$, reports) } }),
      });
      await w.logIn(a);
      reports.next({ type: 'error', code: -1302, message: 'camera busy' });
      reports.next({ type: 'warning', code: 1103, message: 'slow encoder' });
      reports.next({ type: 'log', log: 'hello' });
      expect(a.heard()).toEqual(['onError', 'onWarning', 'onDebugLog']);
    },
  },
  {
    name: 'a logout whose answer is lost is owed to IM: tried again, at once when the link is back, until IM answers',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      w.cloud.setOnline('vic', false);
      const logout = v.room.logout().catch((e: unknown) => e);
      await w.cloud.advance(20_000);
      expect(await logout).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
      expect(v.status()).toBe('loggedOut');
      // IM still holds the session, and with it the room's group.
      expect(w.cloud.liveRoomMembers(7)).toEqual(['anna', 'vic']);
      const tries = logouts(w).length;
      await w.cloud.advance(12_000);
      expect(logouts(w).length).toBeGreaterThan(tries); // a lost try is tried again a few seconds on
      w.cloud.setOnline('vic', true);
      await w.cloud.advance(100); // sooner than the next timed try
      expect(w.cloud.liveRoomMembers(7)).toEqual(['anna']);
      const answered = logouts(w).length;
      await w.cloud.advance(30_000);
      expect(logouts(w)).toHaveLength(answered); // IM answered: nothing more is owed
      expect(v.status()).toBe('loggedOut');
    },
  },
  {
    name: 'a login whose answer is lost owes IM a logout: the session it may have opened is ended',
    async run(world) {
      const w = world();
      const v = w.user('vic');
      w.cloud.setOnline('vic', false);
      const login = v.room
        .login({ sdkAppId: w.cloud.options.sdkAppId, userId: 'vic', userSig: 'dev' })
        .catch((e: unknown) => e);
      await w.cloud.advance(6_000);
      expect(await login).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
      expect(v.status()).toBe('loggedOut');
      expect(logouts(w).length).toBeGreaterThan(0);
      w.cloud.setOnline('vic', true);
      await w.cloud.advance(30_000);
      expect(w.cloud.onlineUsers()).not.toContain('vic');
      expect(v.status()).toBe('loggedOut');
    },
  },
];
