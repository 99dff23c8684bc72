import { DEFAULT_RECONCILE_INTERVAL_SEC, DEFAULT_RECONNECT_GRACE_MS, ErrorCode } from '@trtc-smart/core';
import { expect } from 'vitest';
import { liveRoom } from './live-paths-room.js';
import type { LiveUser, LiveWorld, Path } from './world.js';

const INTERVAL_MS = DEFAULT_RECONCILE_INTERVAL_SEC * 1000;
const anchors = (u: LiveUser) => u.room.getSnapshot().room?.anchors.map((a) => a.userId);
const errors = (u: LiveUser) => u.events.flatMap((e) => (e.eventType === 'onError' ? [e.code] : []));
const status = (u: LiveUser) => u.room.getSnapshot().room?.roomInfo.roomStatus;
/** What `device` announced to IM (setRoomState), in order. */
const announced = (w: LiveWorld, device: string) =>
  w.cloud
    .trace()
    .flatMap((e) =>
      e.type === 'call' && e.device === device && e.method === 'liveSignaling.setRoomState' ? [e.params] : [],
    );
const links = (u: LiveUser) => u.events.filter((e) => e.eventType === 'onConnectionChanged');

/** Live-room paths through lost links, notices and answers: blips, removal, reconciliation with IM. */
export const liveLinkPaths: readonly Path<LiveWorld>[] = [
  {
    name: 'a viewer blip shorter than the grace is shown as reconnecting and back; it goes on watching',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      w.cloud.blip('vic', 20_000);
      await w.cloud.advance(20_000);
      await w.cloud.settle();
      expect([a.status(), v.status()]).toEqual(['live', 'watching']);
      expect(links(v)).toEqual([
        { eventType: 'onConnectionChanged', scope: 'signaling', state: 'reconnecting' },
        { eventType: 'onConnectionChanged', scope: 'media', state: 'reconnecting' },
        { eventType: 'onConnectionChanged', scope: 'signaling', state: 'connected' },
        { eventType: 'onConnectionChanged', scope: 'media', state: 'connected' },
      ]);
      expect(v.heard()).not.toContain('onRoomDestroy');
      expect(errors(v)).toEqual([]);
      expect(w.cloud.liveMediaState('vic')?.roomId).toBe(7);
      expect(w.cloud.liveRoomMembers(7)).toContain('vic');
      await w.cloud.advance(2 * DEFAULT_RECONNECT_GRACE_MS); // no grace timer is left behind
      expect(v.status()).toBe('watching');
    },
  },
  {
    name: 'a viewer the cloud removes from the TRTC room is outside with NETWORK_LOST',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      w.cloud.removeFromRoom('vic');
      await w.cloud.settle();
      expect([a.status(), v.status()]).toEqual(['live', 'outside']);
      expect(errors(v)).toEqual([ErrorCode.NETWORK_LOST]);
      expect(v.heard()).not.toContain('onRoomDestroy');
      expect(w.cloud.liveMediaState('vic')?.roomId).toBeUndefined();
    },
  },
  {
    name: 'a viewer the cloud removes from the TRTC room while it exits is outside, its exit done',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      const exit = v.room.exitRoom();
      w.cloud.removeFromRoom('vic');
      await w.cloud.settle();
      await expect(exit).resolves.toBeUndefined();
      expect(v.status()).toBe('outside');
      expect(errors(v)).toEqual([]);
      expect(w.cloud.liveRoomMembers(7)).toEqual(['anna']);
    },
  },
  {
    name: 'an owner whose dismiss was done but its answer lost reads the room gone and leaves (onRoomDestroy)',
    async run(world) {
      const w = world();
      const [a] = await w.loggedIn('anna');
      await liveRoom(w, a, 7);
      const destroy = a.room.destroyRoom().catch((e: unknown) => e);
      await w.cloud.advance(10);
      w.cloud.network.configure({ loss: 1 }, 'anna'); // the answer, sent at 20 ms, is lost
      await w.cloud.advance(5_990);
      w.cloud.network.configure({ loss: 0 }, 'anna');
      expect(await destroy).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
      await w.cloud.advance(INTERVAL_MS);
      await w.cloud.settle();
      expect(a.status()).toBe('outside');
      expect(a.heard().filter((t) => t === 'onRoomDestroy')).toEqual(['onRoomDestroy']);
    },
  },
  {
    name: 'a viewer whose enterRoom answer was lost leaves the group it joined once IM answers',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      const enter = v.room.enterRoom({ roomId: 7 }).catch((e: unknown) => e);
      await w.cloud.advance(10);
      w.cloud.network.configure({ loss: 1 }, 'vic');
      await w.cloud.advance(5_990);
      w.cloud.network.configure({ loss: 0 }, 'vic');
      expect(await enter).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
      await w.cloud.advance(10_000);
      expect(v.status()).toBe('outside');
      expect(w.cloud.liveRoomMembers(7)).toEqual(['anna']);
    },
  },
  {
    name: "a viewer that missed the room's destruction finds it gone at the next read and leaves",
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      w.cloud.network.cut('anna', 'vic'); // every notice from anna to vic is lost
      await w.run(() => a.room.destroyRoom());
      expect(v.status()).toBe('watching');
      await w.cloud.advance(INTERVAL_MS);
      await w.cloud.settle();
      expect(v.status()).toBe('outside');
      expect(v.heard().filter((t) => t === 'onRoomDestroy')).toEqual(['onRoomDestroy']);
      expect(w.cloud.liveMediaState('vic')?.roomId).toBeUndefined();
    },
  },
  {
    name: 'a viewer that missed the anchor list takes it from the next read, and reads again after',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      w.cloud.network.cut('anna', 'vic');
      await w.run(() => a.room.startPublish({ streamId: 's7' }));
      expect(anchors(v)).toEqual([]);
      await w.cloud.advance(INTERVAL_MS);
      await w.cloud.settle();
      expect(anchors(v)).toEqual(['anna']);
      expect(v.room.getSnapshot().room?.roomInfo.roomStatus).toBe(1);
      expect(v.heard().filter((t) => t === 'onRoomInfoChange')).toEqual(['onRoomInfoChange']);
      // The next read finds nothing new: nothing more is told.
      await w.cloud.advance(INTERVAL_MS);
      await w.cloud.settle();
      expect(v.status()).toBe('watching');
      expect(v.heard().filter((t) => t === 'onRoomInfoChange')).toEqual(['onRoomInfoChange']);
    },
  },
  {
    name: "an owner's announcement lost on its way to IM is sent again: viewers end up with its status",
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      const published = a.room.startPublish({ streamId: 's7' });
      await w.cloud.advance(30); // the publish answer is on its way down; the announcement goes up at 40 ms
      w.cloud.network.configure({ loss: 1 }, 'anna');
      await w.cloud.advance(20);
      w.cloud.network.configure({ loss: 0 }, 'anna');
      await published;
      expect(status(v)).toBe(0);
      await w.cloud.advance(10_000);
      expect([status(a), status(v)]).toEqual([1, 1]);
      expect(v.heard().filter((t) => t === 'onRoomInfoChange')).toEqual(['onRoomInfoChange']);
      // The same announcement, under the same number.
      const sent = announced(w, 'anna');
      expect(sent).toHaveLength(2);
      expect(sent[1]).toEqual(sent[0]);
    },
  },
  {
    name: "an owner's announcement lost while its dismiss is under way is kept, and sent again when the dismiss fails",
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      const published = a.room.startPublish({ streamId: 's7' });
      await w.cloud.advance(30); // the publish answer is on its way down; the announcement goes up at 40 ms
      w.cloud.network.configure({ loss: 1 }, 'anna');
      await w.cloud.advance(1_000);
      await published;
      const destroyed = a.room.destroyRoom().catch((e: unknown) => e);
      await w.cloud.advance(4_500); // the announcement is given up at 5,040 ms, while leaving
      expect(a.status()).toBe('leaving');
      w.cloud.network.configure({ loss: 0 }, 'anna');
      await w.cloud.advance(1_000);
      expect(await destroyed).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
      expect(announced(w, 'anna')).toHaveLength(2);
      expect([status(a), status(v)]).toEqual([1, 1]);
    },
  },
  {
    name: "a viewer's group re-entry after a userSig renewal, lost on its way, is tried again",
    async run(world) {
      const w = world({ latencyMs: 20 });
      const [a] = await w.loggedIn('anna');
      const v = w.user('vic', { userSigProvider: async () => 'renewed' });
      await w.logIn(v);
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      // The notice, then the renewed login (2 hops): the re-entry goes up 60 ms after the expiry.
      w.cloud.expireUserSig('vic');
      await w.cloud.advance(50);
      w.cloud.network.configure({ loss: 1 }, 'vic');
      await w.cloud.advance(20);
      w.cloud.network.configure({ loss: 0 }, 'vic');
      expect(w.cloud.liveRoomMembers(7)).not.toContain('vic');
      await w.cloud.advance(60_000);
      expect(v.status()).toBe('watching');
      expect(w.cloud.liveRoomMembers(7)).toContain('vic');
    },
  },
];
