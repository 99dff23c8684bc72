import { type Calling, type CallingEvent, createCalling, DEFAULT_RECONNECT_GRACE_MS } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../src/index.js';
import { collect, logInCallings } from './helpers.js';

/** Alice calls bob and bob answers: both in call, every event recorded. */
async function inCall(cloud: FakeCloud, options: { reconnectGraceMs?: number } = {}) {
  const alice = createCalling({ adapter: cloud.adapter('alice'), ...options });
  const bob = createCalling({ adapter: cloud.adapter('bob'), ...options });
  const events = { alice: collect(alice.events$), bob: collect(bob.events$) };
  await logInCallings(cloud, { alice, bob });
  const calling = alice.call({ userId: 'bob', type: 2 });
  await cloud.settle();
  await calling;
  const accepting = bob.accept();
  await cloud.settle();
  await accepting;
  expect([alice, bob].map((c) => c.getSnapshot().status)).toEqual(['inCall', 'inCall']);
  const roomId = alice.getSnapshot().call?.roomId ?? 0;
  return { alice, bob, events, roomId };
}

const named = (events: CallingEvent[], ...types: string[]) =>
  events.filter((e) => types.includes(e.eventType));
const ends = (events: CallingEvent[]) =>
  events.flatMap((e) => (e.eventType === 'onCallEnd' ? [e.reason] : []));
const statuses = (...callings: Calling[]) => callings.map((c) => c.getSnapshot().status);

describe('a call through a network blip', () => {
  it('survives a blip on one side shorter than the grace: reconnecting shown, no end, no leave', async () => {
    const cloud = createFakeCloud();
    const { alice, bob, events, roomId } = await inCall(cloud);
    const seen: string[] = [];
    alice.state$.subscribe((s) => seen.push(`${s.connection.media}/${s.connection.signaling}`));
    cloud.blip('alice', 20_000); // beyond the cloud's 8 s media timeout: bob's room drops alice meanwhile
    await cloud.advance(20_000);
    await cloud.settle();
    expect(statuses(alice, bob)).toEqual(['inCall', 'inCall']);
    expect(alice.getSnapshot().connection).toEqual({ media: 'connected', signaling: 'connected' });
    expect(named(events.alice, 'onConnectionChanged')).toEqual([
      { eventType: 'onConnectionChanged', scope: 'signaling', state: 'reconnecting' },
      { eventType: 'onConnectionChanged', scope: 'media', state: 'reconnecting' },
      { eventType: 'onConnectionChanged', scope: 'signaling', state: 'connected' },
      { eventType: 'onConnectionChanged', scope: 'media', state: 'connected' },
    ]);
    expect(seen).toContain('reconnecting/reconnecting');
    for (const side of [events.alice, events.bob]) {
      expect(named(side, 'onCallEnd', 'onUserLeave', 'onError')).toEqual([]);
    }
    expect(cloud.roomMembers(roomId).sort()).toEqual(['alice', 'bob']);
    await cloud.advance(2 * DEFAULT_RECONNECT_GRACE_MS); // no grace timer is left behind
    expect(statuses(alice, bob)).toEqual(['inCall', 'inCall']);
  });

  it('survives blips on both sides at once shorter than the grace', async () => {
    const cloud = createFakeCloud();
    const { alice, bob, events, roomId } = await inCall(cloud);
    cloud.blip('alice', 12_000);
    cloud.blip('bob', 15_000);
    await cloud.advance(15_000);
    await cloud.settle();
    expect(statuses(alice, bob)).toEqual(['inCall', 'inCall']);
    for (const side of [events.alice, events.bob]) expect(ends(side)).toEqual([]);
    expect(cloud.roomMembers(roomId).sort()).toEqual(['alice', 'bob']);
  });

  it('ends with networkLost on every side after a blip longer than the grace; the room is left clean', async () => {
    const cloud = createFakeCloud();
    const { alice, bob, events, roomId } = await inCall(cloud, { reconnectGraceMs: 10_000 });
    cloud.blip('alice', 60_000);
    await cloud.advance(9_999);
    expect(statuses(alice, bob)).toEqual(['inCall', 'inCall']);
    await cloud.advance(60_000);
    await cloud.settle();
    expect(statuses(alice, bob)).toEqual(['idle', 'idle']);
    expect([ends(events.alice), ends(events.bob)]).toEqual([['networkLost'], ['networkLost']]);
    expect(alice.getSnapshot().connection.media).toBe('disconnected');
    expect(cloud.roomMembers(roomId)).toEqual([]);
    expect(cloud.mediaState('alice')?.roomId).toBeUndefined();
  });

  it('ends with networkLost on both sides when both links stay down past the grace', async () => {
    const cloud = createFakeCloud();
    const { alice, bob, events, roomId } = await inCall(cloud);
    cloud.blip('alice', 120_000);
    cloud.blip('bob', 120_000);
    await cloud.advance(120_000);
    await cloud.settle();
    expect(statuses(alice, bob)).toEqual(['idle', 'idle']);
    expect([ends(events.alice), ends(events.bob)]).toEqual([['networkLost'], ['networkLost']]);
    expect(cloud.roomMembers(roomId)).toEqual([]);
  });

  it('a party whose hang-up was lost is gone once it stayed out of the TRTC room for the grace', async () => {
    const cloud = createFakeCloud();
    const { alice, bob, events, roomId } = await inCall(cloud);
    cloud.network.partition('alice'); // her hang-up and her exitRoom never reach anyone
    await alice.hangup();
    await cloud.advance(8_000 + DEFAULT_RECONNECT_GRACE_MS + 1_000);
    await cloud.settle();
    expect(statuses(alice, bob)).toEqual(['idle', 'idle']);
    expect(ends(events.bob)).toEqual(['networkLost']);
    expect(cloud.roomMembers(roomId)).toEqual([]);
  });
});
