import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { expect } from 'vitest';
import { liveRoom } from './live-paths-room.js';
import type { LiveUser, LiveWorld, Path } from './world.js';

const REFUSED_IN_PK = 'refused: the anchor is in PK';
const CANCELLED_BY_LEAVE = 'cancelled: the request was given up with a leave that failed';

async function twoRooms(w: LiveWorld): Promise<[LiveUser, LiveUser]> {
  const [a, b] = await w.loggedIn('anna', 'bo');
  await liveRoom(w, a, 7);
  await liveRoom(w, b, 8);
  return [a, b];
}

/** Live-room paths through cross-room PK: asking, answering, deadlines, being busy, quitting. */
export const livePkPaths: readonly Path<LiveWorld>[] = [
  {
    name: 'PK accepted; requests meanwhile are refused as in PK; one quits and both are live again',
    async run(world) {
      const w = world();
      const [a, b] = await twoRooms(w);
      const [c, v] = await w.loggedIn('cai', 'vic');
      await liveRoom(w, c, 9);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      expect([a.status(), b.status()]).toEqual(['requestingPK', 'respondingPK']);
      await w.run(() => b.room.responseRoomPK({ userId: 'anna', isAgree: true, reason: 'ok' }));
      expect([a.status(), b.status()]).toEqual(['inPK', 'inPK']);
      expect(a.roomPK).toEqual([{ eventType: 'onSuccess', reason: 'ok' }]);
      await w.run(() => c.room.requestRoomPK({ roomId: 7, userId: 'anna' }));
      expect(c.roomPK).toEqual([{ eventType: 'onFailure', reason: REFUSED_IN_PK }]);
      await w.run(() => v.room.requestJoinAnchor({ reason: 'hi' }));
      expect(v.linkMic).toEqual([{ eventType: 'onFailure', reason: REFUSED_IN_PK }]);
      await w.run(() => a.room.quitRoomPK());
      expect([a.status(), b.status()]).toEqual(['live', 'live']);
      expect(b.heard()).toContain('onQuitRoomPK');
    },
  },
  {
    name: 'PK refused: the requester hears onFailure with the reason',
    async run(world) {
      const w = world();
      const [a, b] = await twoRooms(w);
      await w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      await w.run(() => b.room.responseRoomPK({ userId: 'anna', isAgree: false, reason: 'busy' }));
      expect([a.status(), b.status()]).toEqual(['live', 'live']);
      expect(a.roomPK).toEqual([{ eventType: 'onFailure', reason: 'busy' }]);
    },
  },
  {
    name: 'PK unanswered: both sides give up at the deadline',
    async run(world) {
      const w = world();
      const [a, b] = await twoRooms(w);
      await w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      await w.cloud.advance(11_000);
      expect([a.status(), b.status()]).toEqual(['live', 'live']);
      expect(a.roomPK.map((e) => e.eventType)).toEqual(['onFailure']);
    },
  },
  {
    name: "PK unanswered: the requester's withdrawal at its deadline reaches the other anchor first",
    async run(world) {
      const w = world();
      const [a, b] = await twoRooms(w);
      await w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      w.cloud.network.configure({ latencyMs: 1 }, 'anna');
      await w.cloud.advance(10_000);
      expect([a.status(), b.status()]).toEqual(['live', 'live']);
      expect(b.room.getSnapshot().incoming).toBeNull();
    },
  },
  {
    name: 'a PK request that cannot be sent fails at once',
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'send failed');
      const a = w.user('anna', {
        rewire: (d) => ({
          liveSignaling: { ...d.liveSignaling, sendPeerMessage: () => Promise.reject(failure) },
        }),
      });
      const [b] = await w.loggedIn('bo');
      await w.logIn(a);
      await liveRoom(w, a, 7);
      await liveRoom(w, b, 8);
      await expect(w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }))).rejects.toBe(failure);
      expect(a.status()).toBe('live');
    },
  },
  {
    name: 'PK requests the anchor cannot take are refused: not live, co-hosting, busy',
    async run(world) {
      const w = world();
      const [a, b, c, v] = await w.loggedIn('anna', 'bo', 'cai', 'vic');
      await w.run(() => b.room.createRoom({ roomId: 8, roomName: 'r', coverUrl: '' }));
      await liveRoom(w, a, 7);
      await liveRoom(w, c, 9);
      await w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      expect(a.roomPK).toEqual([{ eventType: 'onFailure', reason: 'refused: the anchor is not publishing' }]);
      // Bo goes live with a co-host.
      await w.run(() => b.room.startPublish({ streamId: 's8' }));
      await w.run(() => v.room.enterRoom({ roomId: 8 }));
      await w.run(() => v.room.requestJoinAnchor({ reason: 'hi' }));
      // A PK request while Bo answers a link-mic request: busy.
      await w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      expect(a.roomPK.at(-1)).toEqual({
        eventType: 'onFailure',
        reason: 'refused: the anchor is answering another request',
      });
      await w.run(() => b.room.responseJoinAnchor({ userId: 'vic', isAgree: true, reason: 'ok' }));
      await w.run(() => v.room.startPublish({ streamId: 'vic-s' }));
      expect(b.status()).toBe('linkMic');
      await w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      expect(a.roomPK.at(-1)).toEqual({
        eventType: 'onFailure',
        reason: 'refused: the anchor is co-hosting',
      });
    },
  },
  {
    name: 'an anchor asking for PK, and one answering, refuse other PK and link-mic requests as busy',
    async run(world) {
      const w = world();
      const [a, b] = await twoRooms(w);
      const [c, x, y] = await w.loggedIn('cai', 'xia', 'yan');
      await liveRoom(w, c, 9);
      await w.run(() => x.room.enterRoom({ roomId: 7 }));
      await w.run(() => y.room.enterRoom({ roomId: 8 }));
      await w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      expect([a.status(), b.status()]).toEqual(['requestingPK', 'respondingPK']);
      await w.run(() => c.room.requestRoomPK({ roomId: 7, userId: 'anna' }));
      await w.run(() => c.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      await w.run(() => x.room.requestJoinAnchor({ reason: 'hi' }));
      await w.run(() => y.room.requestJoinAnchor({ reason: 'hi' }));
      const busy = { eventType: 'onFailure', reason: 'refused: the anchor is answering another request' };
      expect([...c.roomPK, ...x.linkMic, ...y.linkMic]).toEqual([busy, busy, busy, busy]);
      expect([a.status(), b.status()]).toEqual(['requestingPK', 'respondingPK']);
    },
  },
  {
    name: 'a PK accepted after the requester gave up ends at the deadline for its stream',
    async run(world) {
      const w = world();
      const [a, b] = await twoRooms(w);
      const asking = a.room.requestRoomPK({ roomId: 8, userId: 'bo' });
      await w.cloud.settle();
      await asking;
      // Bo answers just before his own deadline, after Anna's has passed.
      await w.cloud.advance(9_960);
      expect([a.status(), b.status()]).toEqual(['live', 'respondingPK']);
      await w.run(() => b.room.responseRoomPK({ userId: 'anna', isAgree: true, reason: '' }));
      expect(b.status()).toBe('inPK');
      await w.cloud.advance(11_000);
      expect(b.room.getSnapshot()).toMatchObject({ status: 'live', pkPartner: null });
      expect(b.heard().filter((t) => t === 'onQuitRoomPK')).toHaveLength(1);
    },
  },
  {
    name: 'a PK request goes with a destroyRoom that fails: onFailure (cancelled), live, the other anchor no longer asked',
    async run(world) {
      const w = world();
      const failure = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'destroy failed');
      let destroys = 0;
      const a = w.user('anna', {
        rewire: (d) => ({
          liveSignaling: {
            ...d.liveSignaling,
            destroyRoom: (p) => (++destroys === 1 ? Promise.reject(failure) : d.liveSignaling.destroyRoom(p)),
          },
        }),
      });
      const [b] = await w.loggedIn('bo');
      await w.logIn(a);
      await liveRoom(w, a, 7);
      await liveRoom(w, b, 8);
      await w.run(() => a.room.requestRoomPK({ roomId: 8, userId: 'bo' }));
      expect([a.status(), b.status()]).toEqual(['requestingPK', 'respondingPK']);
      await expect(w.run(() => a.room.destroyRoom())).rejects.toBe(failure);
      await w.cloud.settle();
      // Back in the room it could not dismiss, without the request it gave up with the leave.
      expect([a.status(), b.status()]).toEqual(['live', 'live']);
      expect(a.roomPK).toEqual([{ eventType: 'onFailure', reason: CANCELLED_BY_LEAVE }]);
      expect(b.room.getSnapshot().incoming).toBeNull();
      expect(w.cloud.liveRoomMembers(7)).toEqual(['anna']);
    },
  },
];
