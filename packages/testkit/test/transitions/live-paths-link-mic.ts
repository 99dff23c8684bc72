import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { expect } from 'vitest';
import { liveRoom } from './live-paths-room.js';
import type { LiveUser, LiveWorld, Path } from './world.js';

const REFUSED_NOT_LIVE = 'refused: the anchor is not publishing';
const CANCELLED_BY_LEAVE = 'cancelled: the request was given up with a leave that failed';
const outcomes = (u: LiveUser) => u.linkMic.map((e) => e.eventType);

/** Live-room paths through link mic: requests, answers, deadlines, co-hosting and kick-outs. */
export const liveLinkMicPaths: readonly Path<LiveWorld>[] = [
  {
    name: 'a viewer asks, is accepted, co-hosts, is kicked out; the owner goes linkMic and back to live',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => v.room.requestJoinAnchor({ reason: 'hi' }));
      expect([a.room.getSnapshot().incoming?.kind, v.status()]).toEqual(['joinAnchor', 'requesting']);
      await w.run(() => a.room.responseJoinAnchor({ userId: 'vic', isAgree: true, reason: 'ok' }));
      expect([v.status(), outcomes(v)]).toEqual(['linked', ['onSuccess']]);
      await w.run(() => v.room.startPublish({ streamId: 'vic-s' }));
      expect(a.status()).toBe('linkMic');
      await w.run(() => a.room.kickoutJoinAnchor({ userId: 'vic' }));
      expect(v.status()).toBe('watching');
      expect(v.heard()).toContain('onKickoutJoinAnchor');
      expect(a.status()).toBe('live');
    },
  },
  {
    name: 'a co-host stops publishing and is a viewer again',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => v.room.requestJoinAnchor({ reason: 'hi' }));
      await w.run(() => a.room.responseJoinAnchor({ userId: 'vic', isAgree: true, reason: 'ok' }));
      await w.run(() => v.room.startPublish({ streamId: 'vic-s' }));
      await w.run(() => v.room.stopPublish());
      expect([v.status(), a.status()]).toEqual(['watching', 'live']);
    },
  },
  {
    name: 'a refused request ends with onFailure and the reason',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => v.room.requestJoinAnchor({ reason: 'hi' }));
      await w.run(() => a.room.responseJoinAnchor({ userId: 'vic', isAgree: false, reason: 'no' }));
      expect(v.status()).toBe('watching');
      expect(v.linkMic).toEqual([{ eventType: 'onFailure', reason: 'no' }]);
    },
  },
  {
    name: 'an unanswered request times out on both sides',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => v.room.requestJoinAnchor({ reason: 'hi' }));
      await w.cloud.advance(11_000);
      expect([v.status(), outcomes(v)]).toEqual(['watching', ['onFailure']]);
      expect(a.room.getSnapshot().incoming).toBeNull();
    },
  },
  {
    name: "the viewer's withdrawal at its deadline reaches the owner before the owner's own deadline",
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => v.room.requestJoinAnchor({ reason: 'hi' }));
      w.cloud.network.configure({ latencyMs: 1 }, 'vic');
      await w.cloud.advance(10_000);
      expect(outcomes(v)).toEqual(['onFailure']);
      expect(a.room.getSnapshot().incoming).toBeNull();
      expect(w.cloud.trace()).toContainEqual(
        expect.objectContaining({
          type: 'call',
          device: 'vic',
          params: { userId: 'anna', message: { type: 'requestWithdrawn' } },
        }),
      );
    },
  },
  {
    name: 'a request that cannot be sent fails at once',
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'send failed');
      const v = w.user('vic', {
        rewire: (d) => ({
          liveSignaling: { ...d.liveSignaling, sendPeerMessage: () => Promise.reject(failure) },
        }),
      });
      const [a] = await w.loggedIn('anna');
      await w.logIn(v);
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await expect(w.run(() => v.room.requestJoinAnchor({ reason: 'hi' }))).rejects.toBe(failure);
      expect(v.status()).toBe('watching');
    },
  },
  {
    name: 'requests the owner cannot take are refused: not live, busy with another request',
    async run(world) {
      const w = world();
      const [a, v, x] = await w.loggedIn('anna', 'vic', 'xia');
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => x.room.enterRoom({ roomId: 7 }));
      await w.run(() => v.room.requestJoinAnchor({ reason: 'early' }));
      expect(v.linkMic).toEqual([
        { eventType: 'onFailure', reason: 'refused: the anchor is not publishing' },
      ]);
      await w.run(() => a.room.startPublish({ streamId: 's7' }));
      await w.run(() => v.room.requestJoinAnchor({ reason: 'first' }));
      await w.run(() => x.room.requestJoinAnchor({ reason: 'second' }));
      expect(x.linkMic).toEqual([
        { eventType: 'onFailure', reason: 'refused: the anchor is answering another request' },
      ]);
      expect(a.room.getSnapshot().incoming?.from.userId).toBe('vic');
    },
  },
  {
    name: "a request for the owner's previous room is refused",
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      // Vic's request is slow; meanwhile Anna moves to room 8 and goes live there.
      w.cloud.network.configure({ latencyMs: 1_000 }, 'vic');
      const asking = v.room.requestJoinAnchor({ reason: 'late' });
      asking.catch(() => undefined);
      for (const move of [
        () => a.room.destroyRoom(),
        () => a.room.createRoom({ roomId: 8, roomName: 'r', coverUrl: '' }),
        () => a.room.startPublish({ streamId: 's8' }),
      ]) {
        const moving = move();
        await w.cloud.advance(100);
        await moving;
      }
      expect(a.status()).toBe('live');
      await w.cloud.advance(3_000);
      // Anna, live in room 8, refuses the request for room 7 instead of taking it into her inbox.
      expect(w.cloud.trace()).toContainEqual(
        expect.objectContaining({
          type: 'call',
          device: 'anna',
          params: {
            userId: 'vic',
            message: { type: 'joinAnchorResponse', roomId: 7, accept: false, reason: REFUSED_NOT_LIVE },
          },
        }),
      );
      expect(a.status()).toBe('live');
      expect(a.room.getSnapshot().incoming).toBeNull();
      expect(v.status()).toBe('outside');
    },
  },
  {
    name: 'a request goes with an exitRoom that fails: onFailure (cancelled), watching, the owner no longer asked',
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'exit failed');
      let exits = 0;
      const v = w.user('vic', {
        rewire: (d) => ({
          liveSignaling: {
            ...d.liveSignaling,
            exitRoom: (p) => (++exits === 1 ? Promise.reject(failure) : d.liveSignaling.exitRoom(p)),
          },
        }),
      });
      const [a] = await w.loggedIn('anna');
      await w.logIn(v);
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => v.room.requestJoinAnchor({ reason: 'hi' }));
      expect(a.room.getSnapshot().incoming?.from.userId).toBe('vic');
      await expect(w.run(() => v.room.exitRoom())).rejects.toBe(failure);
      await w.cloud.settle();
      // Still in the room it could not leave, without the request it gave up with the leave.
      expect(v.status()).toBe('watching');
      expect(v.linkMic).toEqual([{ eventType: 'onFailure', reason: CANCELLED_BY_LEAVE }]);
      expect(a.room.getSnapshot().incoming).toBeNull();
      expect(w.cloud.liveRoomMembers(7)).toContain('vic');
    },
  },
];
