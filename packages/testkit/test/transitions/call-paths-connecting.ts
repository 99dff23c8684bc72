import { CallType, DEFAULT_RECONNECT_GRACE_MS } from '@trtc-smart/core';
import { expect } from 'vitest';
import type { FakeAdapter } from '../../src/index.js';
import type { CallUser, CallWorld, Path } from './world.js';

const VIDEO = CallType.VIDEO;
const reason = (u: CallUser) => u.calling.getSnapshot().lastCall?.reason;
const status = (u: CallUser) => u.status();

/** A device whose room entry takes `ms` of virtual time longer than the network's. */
const slowRoomEntry = (ms: number) => (d: FakeAdapter) => ({
  callMedia: {
    ...d.callMedia,
    enterRoom: async (p: Parameters<FakeAdapter['callMedia']['enterRoom']>[0]) => {
      await new Promise<void>((resolve) => d.clock.setTimeout(resolve, ms));
      return d.callMedia.enterRoom(p);
    },
  },
});

/** Paths through the connecting stages, their deadlines and races, and lost links. */
export const callConnectingPaths: readonly Path<CallWorld>[] = [
  {
    name: "the callee's media never arrives: the caller gives up with connectFailed",
    async run(world) {
      const w = world();
      const a = w.user('alice', { connectTimeoutMs: 3_000 });
      const b = w.user('bob', { rewire: slowRoomEntry(10_000) });
      await w.logIn(a, b);
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      const accepting = b.calling.accept();
      await w.cloud.advance(1_000);
      expect(status(a)).toBe('connecting');
      await w.cloud.advance(3_000);
      expect(reason(a)).toBe('connectFailed');
      // Alice leaves without a word; Bob, in the room alone, gives up at his own deadline.
      await w.cloud.advance(30_000);
      await accepting;
      expect([status(b), reason(b)]).toEqual(['idle', 'connectFailed']);
    },
  },
  {
    name: 'the callee hangs up before its media arrives: the caller stops connecting',
    async run(world) {
      const w = world();
      const a = w.user('alice');
      const b = w.user('bob', { rewire: slowRoomEntry(5_000) });
      await w.logIn(a, b);
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      const accepting = b.calling.accept();
      accepting.catch(() => undefined);
      await w.cloud.advance(1_000);
      expect([status(a), status(b)]).toEqual(['connecting', 'connecting']);
      await w.run(() => b.calling.hangup());
      expect([status(a), status(b)]).toEqual(['idle', 'idle']);
      expect(reason(b)).toBe('localHangup');
      await expect(accepting).rejects.toMatchObject({ code: expect.any(Number) });
    },
  },
  {
    name: "the callee's media arrives before its accept: the caller is in the call at once",
    async run(world) {
      const w = world();
      const a = w.user('alice');
      const b = w.user('bob', {
        rewire: (d) => ({
          callSignaling: {
            ...d.callSignaling,
            accept: async (p) => {
              await new Promise<void>((resolve) => d.clock.setTimeout(resolve, 1_000));
              return d.callSignaling.accept(p);
            },
          },
        }),
      });
      await w.logIn(a, b);
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      const accepting = b.calling.accept();
      await w.cloud.advance(200);
      expect(status(a)).toBe('inCall');
      expect(a.calling.getSnapshot().call?.participants.bob?.status).toBe('joined');
      await w.run(() => accepting);
      expect(status(b)).toBe('inCall');
    },
  },
  {
    name: 'the caller cancels just as the callee accepts: nobody stays in the call',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      const accepting = b.calling.accept();
      accepting.catch(() => undefined);
      await w.run(() => a.calling.hangup());
      await w.cloud.advance(20_000);
      expect([status(a), status(b)]).toEqual(['idle', 'idle']);
      expect(w.cloud.roomMembers(a.calling.getSnapshot().lastCall?.roomId ?? 0)).toEqual([]);
    },
  },
  {
    name: "the cloud's timeout reaches the caller first: the call ends unanswered",
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      w.cloud.network.configure({ latencyMs: 1 }, 'alice');
      await w.cloud.advance(31_000);
      expect(reason(a)).toBe('noResponse');
      expect(a.heard()).toEqual(['onNoResp', 'onCallEnd']);
      expect(status(b)).toBe('idle');
    },
  },
  {
    name: "the caller's own timer ends an unanswered call when the cloud's timeout is lost",
    async run(world) {
      const w = world();
      const a = w.user('alice', { inviteTimeoutSec: 5 });
      const b = w.user('bob');
      await w.logIn(a, b);
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      w.cloud.network.partition('alice');
      await w.cloud.advance(6_000);
      expect(reason(a)).toBe('noResponse');
      // Both links are shown reconnecting; the invitation ends on the caller's own timer, within the grace.
      expect(a.heard()).toEqual(['onConnectionChanged', 'onConnectionChanged', 'onNoResp', 'onCallEnd']);
      expect(a.events.filter((e) => e.eventType === 'onConnectionChanged')).toEqual([
        { eventType: 'onConnectionChanged', scope: 'signaling', state: 'reconnecting' },
        { eventType: 'onConnectionChanged', scope: 'media', state: 'reconnecting' },
      ]);
    },
  },
  {
    name: 'a user partitioned past the grace loses the call with networkLost; so does the other, left alone',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      await w.run(() => b.calling.accept());
      const roomId = a.calling.getSnapshot().call?.roomId ?? 0;
      w.cloud.network.partition('alice');
      // The cloud drops alice from the room after its 8 s media timeout: bob gives her the grace.
      await w.cloud.advance(DEFAULT_RECONNECT_GRACE_MS - 1);
      expect([status(a), status(b)]).toEqual(['inCall', 'inCall']);
      expect(w.cloud.roomMembers(roomId)).toEqual(['bob']);
      await w.cloud.advance(10_000);
      expect([status(a), status(b)]).toEqual(['idle', 'idle']);
      expect(reason(a)).toBe('networkLost');
      expect(reason(b)).toBe('networkLost');
      // Lost, not left: bob never hears alice leave.
      expect(b.heard()).not.toContain('onUserLeave');
      expect(w.cloud.roomMembers(roomId)).toEqual([]);
    },
  },
];
