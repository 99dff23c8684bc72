import { CallType, DEFAULT_RECONNECT_GRACE_MS } from '@trtc-smart/core';
import { expect } from 'vitest';
import type { CallUser, CallWorld, Path } from './world.js';

const VIDEO = CallType.VIDEO;
const reason = (u: CallUser) => u.calling.getSnapshot().lastCall?.reason;
const status = (u: CallUser) => u.status();
const ends = (u: CallUser) => u.events.flatMap((e) => (e.eventType === 'onCallEnd' ? [e.reason] : []));
const links = (u: CallUser) => u.events.filter((e) => e.eventType === 'onConnectionChanged');
const leaves = (u: CallUser) => u.events.flatMap((e) => (e.eventType === 'onUserLeave' ? [e.userId] : []));
const roomOf = (u: CallUser) => u.calling.getSnapshot().call?.roomId ?? 0;

/** Alice calls bob (and carol, as a group call when given) and everyone answers. */
async function inCall(w: CallWorld, a: CallUser, ...others: CallUser[]): Promise<number> {
  const userIdList = others.map((u) => u.id);
  await w.run(() =>
    others.length > 1
      ? a.calling.groupCall({ userIdList, type: VIDEO })
      : a.calling.call({ userId: userIdList[0] ?? '', type: VIDEO }),
  );
  for (const u of others) await w.run(() => u.calling.accept());
  expect([a, ...others].map(status)).toEqual([a, ...others].map(() => 'inCall'));
  return roomOf(a);
}

/** Call paths through lost links: blips within the grace, parties the cloud drops, removal from the room. */
export const callLinkPaths: readonly Path<CallWorld>[] = [
  {
    name: 'a blip shorter than the grace is shown as reconnecting and back; the call goes on',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      const roomId = await inCall(w, a, b);
      // Beyond the cloud's 8 s media timeout: bob's room drops alice meanwhile, and she comes back.
      w.cloud.blip('alice', 20_000);
      await w.cloud.advance(20_000);
      await w.cloud.settle();
      expect([status(a), status(b)]).toEqual(['inCall', 'inCall']);
      expect(links(a)).toEqual([
        { eventType: 'onConnectionChanged', scope: 'signaling', state: 'reconnecting' },
        { eventType: 'onConnectionChanged', scope: 'media', state: 'reconnecting' },
        { eventType: 'onConnectionChanged', scope: 'signaling', state: 'connected' },
        { eventType: 'onConnectionChanged', scope: 'media', state: 'connected' },
      ]);
      expect(a.calling.getSnapshot().connection).toEqual({ media: 'connected', signaling: 'connected' });
      expect([leaves(b), ends(a), ends(b)]).toEqual([[], [], []]);
      expect(w.cloud.roomMembers(roomId).sort()).toEqual(['alice', 'bob']);
      // Neither grace timer is left behind.
      await w.cloud.advance(2 * DEFAULT_RECONNECT_GRACE_MS);
      expect([status(a), status(b)]).toEqual(['inCall', 'inCall']);
    },
  },
  {
    name: 'a group party dropped by the cloud past the grace has left; the others stay in the call',
    async run(world) {
      const w = world();
      const [a, b, c] = await w.loggedIn('alice', 'bob', 'carol');
      const roomId = await inCall(w, a, b, c);
      w.cloud.network.partition('carol');
      await w.cloud.advance(DEFAULT_RECONNECT_GRACE_MS);
      // Dropped from the room after the media timeout, carol is still in the call for the others.
      expect(w.cloud.roomMembers(roomId).sort()).toEqual(['alice', 'bob']);
      expect([leaves(a), leaves(b)]).toEqual([[], []]);
      await w.cloud.advance(10_000);
      expect([status(a), status(b), status(c)]).toEqual(['inCall', 'inCall', 'idle']);
      expect([leaves(a), leaves(b)]).toEqual([['carol'], ['carol']]);
      expect([ends(a), ends(b), ends(c)]).toEqual([[], [], ['networkLost']]);
    },
  },
  {
    name: 'a user the cloud removes from the room loses the call with networkLost',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      const roomId = await inCall(w, a, b);
      w.cloud.removeFromRoom('alice');
      await w.cloud.settle();
      expect(status(a)).toBe('idle');
      expect(reason(a)).toBe('networkLost');
      expect(ends(a)).toEqual(['networkLost']);
      expect(w.cloud.mediaState('alice')?.roomId).toBeUndefined();
      // Bob sees her leave the room (REST RemoveUser is a leave, not a timeout): the call is over.
      expect(w.cloud.roomMembers(roomId)).toEqual([]);
      expect([status(b), reason(b)]).toEqual(['idle', 'remoteHangup']);
    },
  },
];
