import { expect } from 'vitest';
import { liveRoom } from './live-paths-room.js';
import type { LiveWorld, Path } from './world.js';

/**
 * Live-room paths where room events reach a viewer while its enterRoom is still on its way (the
 * IM entry answered, the TRTC entry not yet): they are kept and handled once it is in the room.
 * Seeds and delays are chosen so each event lands in that window. Also IM's session renewed mid-entry.
 */
export const liveEnteringPaths: readonly Path<LiveWorld>[] = [
  {
    name: "a viewer entering a live room hears the owner's stream even when it arrives before the entry's answer",
    async run(world) {
      const w = world({ seed: 1, jitterMs: 20 });
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      expect(v.heard()).toEqual(['onAnchorEnter']);
      expect(v.room.actor.getSnapshot().context.room?.remoteAnchors).toEqual(['anna']);
    },
  },
  {
    name: 'a viewer entering as the owner stops publishing hears the stream come and go',
    async run(world) {
      const w = world({ seed: 6, jitterMs: 20 });
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      const entering = v.room.enterRoom({ roomId: 7 });
      await w.cloud.advance(50);
      await w.run(() => a.room.stopPublish());
      await w.run(() => entering);
      expect(v.heard()).toEqual(['onAnchorEnter', 'onAnchorExit', 'onRoomInfoChange']);
      expect(v.room.getSnapshot().room?.anchors).toEqual([]);
    },
  },
  {
    name: 'a viewer entering as the owner goes live hears the new room state',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      const publishing = a.room.startPublish({ streamId: 's7' });
      await w.run(() => v.room.enterRoom({ roomId: 7 }));
      await w.run(() => publishing);
      expect(v.heard()).toEqual(['onRoomInfoChange', 'onAnchorEnter']);
      expect(v.room.getSnapshot().room?.anchors.map((x) => x.userId)).toEqual(['anna']);
    },
  },
  {
    name: 'a viewer whose room is destroyed while it enters ends outside, told the room is gone',
    async run(world) {
      const w = world();
      const [a, v] = await w.loggedIn('anna', 'vic');
      await liveRoom(w, a, 7);
      const entering = v.room.enterRoom({ roomId: 7 });
      await w.cloud.advance(10);
      await w.run(() => Promise.all([a.room.destroyRoom(), entering]));
      expect(v.status()).toBe('outside');
      expect(v.heard()).toEqual(['onRoomDestroy']);
    },
  },
  ...(['createRoom', 'enterRoom'] as const).map(
    (entry): Path<LiveWorld> => ({
      name: `IM's session renewed during ${entry} (after its group part): back in the room's group once in`,
      async run(world) {
        const w = world({ latencyMs: 10 });
        const [a] = await w.loggedIn('anna');
        const v = w.user('vic', { userSigProvider: async () => 'renewed' });
        await w.logIn(v);
        if (entry === 'enterRoom') await liveRoom(w, a, 7);
        const done =
          entry === 'createRoom'
            ? v.room.createRoom({ roomId: 8, roomName: 'r', coverUrl: '' })
            : v.room.enterRoom({ roomId: 7 });
        // IM did the group part (its answer is 10 ms out) when the userSig expires; the renewal is quicker.
        await w.cloud.advance(10);
        w.cloud.network.configure({ latencyMs: 0 }, 'vic');
        w.cloud.expireUserSig('vic');
        await w.run(() => done);
        await w.cloud.advance(1_000);
        expect(v.heard()).toEqual(expect.arrayContaining(['onConnectionChanged']));
        expect(w.cloud.liveRoomMembers(entry === 'createRoom' ? 8 : 7)).toContain('vic');
      },
    }),
  ),
  {
    name: 'a viewer whose link came back mid-entry, out at once with the dismissal, quits the group its re-entry joined',
    async run(world) {
      const w = world({ latencyMs: 0 });
      const [a, v] = await w.loggedIn('anna', 'vic');
      await w.run(() => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
      // A second on, so making the room again waits for no spacing (creation-spacing.ts).
      await w.cloud.advance(1_000);
      w.cloud.sleep('vic', 100);
      const entering = v.room.enterRoom({ roomId: 7 }).catch(() => undefined);
      const destroy = a.room.destroyRoom();
      await w.cloud.advance(80);
      w.cloud.blip('vic', 0);
      const create = a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' });
      await w.run(() => Promise.all([entering, destroy, create]));
      await w.cloud.advance(10_000);
      expect(v.status()).toBe('outside');
      expect(v.heard()).toContain('onRoomDestroy');
      expect(w.cloud.liveRoomMembers(7)).toEqual(['anna']);
    },
  },
];
