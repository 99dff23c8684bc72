import { type CallSignalingEvent, ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type MessageTraceEntry } from '../src/index.js';
import { loggedIn, outcome, rejection, user } from './helpers.js';

const hangup = (roomId: number, to: string) => ({ roomId, userIds: [to], durationSec: roomId });
const messages = (entries: readonly unknown[]) => entries as readonly MessageTraceEntry[];

describe('network', () => {
  it('delays each hop by the link latency (user to user = uplink + downlink)', async () => {
    const cloud = createFakeCloud({ latencyMs: 30 });
    cloud.network.configure({ latencyMs: 100 }, 'bob');
    const users = await loggedIn(cloud, 'alice', 'bob');
    const start = cloud.clock.now();
    const sent = outcome(user(users, 'alice').adapter.callSignaling.hangup(hangup(1, 'bob')));
    await cloud.advance(129);
    expect(user(users, 'bob').signaling).toEqual([]);
    await cloud.advance(1);
    expect(user(users, 'bob').signaling).toEqual([
      { type: 'hungUp', roomId: 1, userId: 'alice', durationSec: 1 },
    ]);
    expect(sent.settled).toBe(true); // alice's answer came back down her own 30 ms link at 60
    await cloud.settle();
    expect(cloud.clock.now() - start).toBe(130);
  });

  it('jitter reorders messages, deterministically for a seed', async () => {
    const run = async (seed: number) => {
      const cloud = createFakeCloud({ seed, jitterMs: 50 });
      const users = await loggedIn(cloud, 'alice', 'bob');
      for (let roomId = 1; roomId <= 10; roomId++) {
        void user(users, 'alice').adapter.callSignaling.hangup(hangup(roomId, 'bob'));
      }
      await cloud.settle();
      return (user(users, 'bob').signaling as CallSignalingEvent[]).map((e) => e.roomId);
    };
    const order = await run(7);
    expect([...order].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(order).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await run(7)).toEqual(order);
  });

  it('a lost request rejects with NETWORK_TIMEOUT after requestTimeoutMs', async () => {
    const cloud = createFakeCloud({ requestTimeoutMs: 3000 });
    const users = await loggedIn(cloud, 'alice', 'bob');
    cloud.network.configure({ loss: 1 }, 'alice');
    const start = cloud.clock.now();
    const result = outcome(user(users, 'alice').adapter.callSignaling.hangup(hangup(1, 'bob')));
    await cloud.settle(); // nothing in flight: the loss was decided at send time
    expect(result.settled).toBe(false);
    await cloud.advance(3000);
    expect((result.error as { code: number }).code).toBe(ErrorCode.NETWORK_TIMEOUT);
    expect(cloud.clock.now() - start).toBe(3000);
    expect(messages(cloud.trace()).some((e) => e.type === 'drop' && e.reason === 'loss')).toBe(true);
    expect(cloud.clock.pending()).toBe(0);
  });

  it('duplicates deliver events twice but run a request once', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob', 'carol');
    cloud.network.configure({ duplicate: 1 });
    const invite = user(users, 'alice').adapter.callSignaling.invite({
      roomId: 5,
      invitees: ['bob'],
      participants: [],
      callType: 1,
      isGroup: false,
      timeoutSec: 0,
    });
    await cloud.settle();
    await invite;
    // Uplink duplicated (the cloud answers the copy with the cached answer, no second invitation);
    // downlink duplicated: bob sees the invitation twice.
    expect(cloud.pendingInvitations()).toHaveLength(1);
    expect(
      user(users, 'bob').signaling.filter((e) => (e as CallSignalingEvent).type === 'invited'),
    ).toHaveLength(2);
  });

  it('partition drops everything both ways; heal restores it; connection events follow', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const alice = user(users, 'alice');
    cloud.network.partition('alice');
    expect(alice.session.at(-1)).toEqual({ type: 'connectionChanged', state: 'connecting' });
    expect(cloud.onlineUsers()).toEqual(['bob']);
    const up = outcome(alice.adapter.callSignaling.hangup(hangup(1, 'bob')));
    void user(users, 'bob').adapter.callSignaling.hangup(hangup(2, 'alice'));
    await cloud.settle();
    await cloud.advance(5000);
    expect((up.error as { code: number }).code).toBe(ErrorCode.NETWORK_TIMEOUT);
    expect(alice.signaling).toEqual([]);
    expect(user(users, 'bob').signaling).toEqual([]);
    cloud.network.heal('alice');
    expect(alice.session.at(-1)).toEqual({ type: 'connectionChanged', state: 'connected' });
    void user(users, 'bob').adapter.callSignaling.hangup(hangup(3, 'alice'));
    await cloud.settle();
    expect(alice.signaling).toEqual([{ type: 'hungUp', roomId: 3, userId: 'bob', durationSec: 3 }]);
  });

  it('a message in flight when the link goes down is lost', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    void user(users, 'alice').adapter.callSignaling.hangup(hangup(1, 'bob'));
    await cloud.advance(30); // at the cloud at 20, on bob's link until 40
    cloud.setOnline('bob', false);
    await cloud.settle();
    expect(user(users, 'bob').signaling).toEqual([]);
    const drops = messages(cloud.trace()).filter((e) => e.type === 'drop');
    expect(drops.map((e) => [e.kind, e.reason, e.t - cloud.options.startTime])).toEqual([
      ['signaling.hungUp', 'partition', 80],
    ]);
  });

  it('cut drops relayed messages between two users only', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob', 'carol');
    cloud.network.cut('alice', 'bob');
    const result = outcome(
      user(users, 'alice').adapter.callSignaling.hangup({
        roomId: 2,
        userIds: ['bob', 'carol'],
        durationSec: 2,
      }),
    );
    await cloud.settle();
    expect(result.settled && result.error === undefined).toBe(true);
    expect(user(users, 'bob').signaling).toEqual([]);
    expect((user(users, 'carol').signaling as CallSignalingEvent[]).map((e) => e.roomId)).toContain(2);
    cloud.network.uncut('bob', 'alice');
    void user(users, 'alice').adapter.callSignaling.hangup({ roomId: 3, userIds: ['bob'], durationSec: 3 });
    await cloud.settle();
    expect((user(users, 'bob').signaling as CallSignalingEvent[]).map((e) => e.roomId)).toEqual([3]);
  });

  it('rejects bad link settings', () => {
    const cloud = createFakeCloud();
    expect(() => cloud.network.configure({ loss: 2 })).toThrow(RangeError);
    expect(() => cloud.network.configure({ latencyMs: -1 })).toThrow(RangeError);
  });

  it('offline users miss messages (no session needed to be offline)', async () => {
    const cloud = createFakeCloud();
    cloud.setOnline('bob', false);
    const bob = cloud.adapter('bob');
    const login = rejection(
      bob.session.login({ sdkAppId: cloud.options.sdkAppId, userId: 'bob', userSig: 's' }),
    );
    await cloud.advance(5000);
    expect((await login).code).toBe(ErrorCode.NETWORK_TIMEOUT);
  });
});
