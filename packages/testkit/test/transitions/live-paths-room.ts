import { DEFAULT_RECONNECT_GRACE_MS, ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { expect } from 'vitest';
import type { LiveUser, LiveWorld, Path } from './world.js';

/** Creates room `roomId` owned by `owner` and starts publishing in it. */
export async function liveRoom(w: LiveWorld, owner: LiveUser, roomId: number): Promise<void> {
  await w.run(() => owner.room.createRoom({ roomId, roomName: `room ${roomId}`, coverUrl: '' }));
  await w.run(() => owner.room.startPublish({ streamId: `stream-${roomId}` }));
  expect(owner.status()).toBe('live');
}

/** Live-room paths into and out of rooms, and what a room tells everyone in it. */
export const liveRoomPaths: readonly Path<LiveWorld>[] = [
  {
    name: 'an owner creates, publishes, unpublishes and destroys; a viewer enters, sees it all and exits',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      expect(a.status()).toBe('previewing');
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      expect(v.status()).toBe('watching');
      expect(a.heard()).toContain('onAudienceEnter');
      await w.run(() => a.room.startPublish({ streamId: 's7' }));
      expect(v.heard()).toEqual(expect.arrayContaining(['onAnchorEnter', 'onRoomInfoChange']));
      await w.cloud.advance(2_000);
      expect(v.room.getSnapshot().room?.roomInfo.memberCount).toBe(2);
      await w.run(() => a.room.stopPublish());
      expect(a.status()).toBe('previewing');
      expect(v.heard()).toContain('onAnchorExit');
      await w.run(() => v.room.exitRoom());
      expect(v.status()).toBe('outside');
      expect(a.heard()).toContain('onAudienceExit');
      await w.run(() => a.room.destroyRoom());
      expect(a.status()).toBe('outside');
    },
  },
  {
    name: 'creating a room whose id is taken fails and stays outside',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('anna', 'ben');
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      const creating = w.run(() => b.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      await expect(creating).rejects.toMatchObject({ code: ErrorCode.ALREADY_EXISTS });
      expect(b.status()).toBe('outside');
    },
  },
  {
    name: 'entering a room that does not exist fails and stays outside',
    async run(world) {
      const w = world();
      const [v] = await w.loggedIn('vic');
      await expect(w.run(() => v.room.enterRoom({ roomId: 99 }))).rejects.toMatchObject({
        code: ErrorCode.NOT_FOUND,
      });
      expect(v.status()).toBe('outside');
    },
  },
  {
    name: 'an exit whose IM part fails changes nothing: still watching, and a retry leaves',
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
      await expect(w.run(() => v.room.exitRoom())).rejects.toBe(failure);
      expect(v.status()).toBe('watching');
      expect(w.cloud.liveRoomMembers(7)).toContain('vic');
      await w.run(() => v.room.exitRoom());
      expect(v.status()).toBe('outside');
      expect(w.cloud.liveRoomMembers(7)).not.toContain('vic');
    },
  },
  {
    name: "a viewer whose owner's stream times out leaves the dead room",
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      w.cloud.network.partition('anna');
      // The cloud drops anna's stream after its media timeout: vic gives the owner the grace.
      await w.cloud.advance(DEFAULT_RECONNECT_GRACE_MS);
      expect(v.status()).toBe('watching');
      expect(v.heard().at(-1)).toBe('onAnchorExit');
      await w.cloud.advance(10_000);
      expect(v.status()).toBe('outside');
      expect(v.heard().slice(-2)).toEqual(['onAnchorExit', 'onRoomDestroy']);
      expect(a.status()).toBe('outside');
      expect(a.heard()).toContain('onError');
    },
  },
  {
    name: "a viewer hears the owner's destroyRoom and is outside",
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => a.room.destroyRoom());
      expect(v.status()).toBe('outside');
      expect(v.heard()).toContain('onRoomDestroy');
    },
  },
  {
    name: "a reconnect while a viewer's quit is on its way does not re-enter the group: it ends outside",
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      const exit = v.room.exitRoom();
      w.cloud.setOnline('vic', false); // the quit is already on its way
      await w.cloud.advance(1);
      w.cloud.setOnline('vic', true);
      await w.cloud.settle();
      await expect(exit).resolves.toBeUndefined();
      expect(v.status()).toBe('outside');
      expect(w.cloud.liveRoomMembers(7)).toEqual(['anna']);
    },
  },
  {
    name: "room events while a viewer's lost quit waits are kept, and handled in order once the exit fails",
    async run(world) {
      const w = world({ latencyMs: 0 });
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      const exit = v.room.exitRoom().catch((e: unknown) => e);
      w.cloud.setOnline('vic', false); // the quit is lost with the link
      await w.cloud.advance(1);
      w.cloud.setOnline('vic', true); // TRTC enters again and tells of the owner's stream again
      const heard = v.heard().length;
      await w.run(() => a.room.stopPublish());
      await w.run(() => a.room.destroyRoom());
      expect(v.status()).toBe('leaving');
      expect(v.heard().slice(heard)).toEqual([]);
      await w.cloud.advance(10_000);
      expect(await exit).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
      expect(v.heard().slice(heard)).toEqual(['onAnchorExit', 'onRoomInfoChange', 'onRoomDestroy']);
      expect(v.status()).toBe('outside');
      expect(w.cloud.liveMediaState('vic')?.roomId).toBeUndefined();
    },
  },
];
