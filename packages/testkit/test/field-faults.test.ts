import { type CallMediaEvent, CallType, type SessionEvent } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, devSignUserSig, type FakeCloud } from '../src/index.js';
import { loggedIn, type User, user } from './helpers.js';

const ROOM = 901;

async function run(cloud: FakeCloud, ...calls: Promise<unknown>[]): Promise<void> {
  const all = Promise.all(calls);
  all.catch(() => undefined);
  await cloud.settle();
  await all;
}

const enter = (u: User) =>
  u.adapter.callMedia.enterRoom({ roomId: ROOM, userId: u.id, callType: CallType.AUDIO });
const connection = (u: User) =>
  (u.media as CallMediaEvent[]).filter((e) => e.type === 'connectionChanged' || e.type === 'connectionLost');
const imStates = (u: User) =>
  (u.session as SessionEvent[]).flatMap((e) => (e.type === 'connectionChanged' ? [e.state] : []));

describe('the fake cloud models the field', () => {
  it('blip: the link is down for N ms, with IM and TRTC reconnect events as the SDKs emit them', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    await run(cloud, enter(alice), enter(bob));
    cloud.blip('alice', 3000);
    expect(cloud.onlineUsers()).toEqual(['bob']);
    await cloud.advance(3000);
    await cloud.settle();
    expect(cloud.onlineUsers()).toEqual(['alice', 'bob']);
    expect(imStates(alice)).toEqual(['connected', 'connecting', 'connected']);
    expect(connection(alice)).toEqual([
      { type: 'connectionChanged', state: 'reconnecting' },
      { type: 'connectionChanged', state: 'connected' },
    ]);
    // Shorter than the media timeout: the room never lost alice.
    expect(cloud.roomMembers(ROOM)).toEqual(['alice', 'bob']);
    expect((bob.media as CallMediaEvent[]).some((e) => e.type === 'userLeft')).toBe(false);
  });

  it('server-side removal while disconnected: the SDK hears it when the link is back, instead of rejoining', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    await run(cloud, enter(alice), enter(bob));
    cloud.network.partition('alice');
    cloud.removeFromRoom('alice');
    await cloud.settle();
    expect(cloud.roomMembers(ROOM)).toEqual(['bob']);
    expect((bob.media as CallMediaEvent[]).at(-1)).toEqual({
      type: 'userLeft',
      userId: 'alice',
      reason: 'left',
    });
    cloud.network.heal('alice');
    await cloud.settle();
    expect(connection(alice)).toEqual([
      { type: 'connectionChanged', state: 'reconnecting' },
      { type: 'connectionLost' },
    ]);
    expect(cloud.roomMembers(ROOM)).toEqual(['bob']);
    expect(cloud.mediaState('alice')?.roomId).toBeUndefined();
  });

  it("tab sleep: the device's timers stop and its messages wait; on waking both run, in order", async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    const fired: number[] = [];
    alice.adapter.clock.setTimeout(() => fired.push(cloud.clock.now()), 1000);
    const start = cloud.clock.now();
    cloud.sleep('alice', 5000);
    void bob.adapter.callSignaling.hangup({ roomId: 1, userIds: ['alice'], durationSec: 1 });
    await cloud.advance(4999);
    expect(fired).toEqual([]);
    expect(alice.signaling).toEqual([]);
    await cloud.advance(1);
    expect(fired).toEqual([start + 5000]);
    expect(alice.signaling).toEqual([{ type: 'hungUp', roomId: 1, userId: 'bob', durationSec: 1 }]);
  });

  it("clock offset: a device's wall clock is skewed, its delays are not", async () => {
    const cloud = createFakeCloud();
    const alice = cloud.adapter('alice');
    cloud.setClockOffset('alice', -5 * 60_000);
    expect(alice.clock.now()).toBe(cloud.clock.now() - 5 * 60_000);
    const fired: number[] = [];
    alice.clock.setTimeout(() => fired.push(cloud.clock.now()), 1000);
    const start = cloud.clock.now();
    await cloud.advance(1000);
    expect(fired).toEqual([start + 1000]);
  });

  it('duplicated and reordered signaling: duplicates and jitter per link', async () => {
    const cloud = createFakeCloud({ seed: 7 });
    const users = await loggedIn(cloud, 'alice', 'bob');
    cloud.network.configure({ duplicate: 1, jitterMs: 200 }, 'bob');
    const alice = user(users, 'alice');
    for (const roomId of [1, 2, 3, 4, 5]) {
      void alice.adapter.callSignaling.hangup({ roomId, userIds: ['bob'], durationSec: 0 });
    }
    await cloud.settle();
    const rooms = (user(users, 'bob').signaling as { roomId: number }[]).map((e) => e.roomId);
    expect(rooms).toHaveLength(10);
    expect(rooms).not.toEqual([...rooms].sort((a, b) => a - b)); // seed 7 reorders them
  });

  it('an expired IM userSig ends the IM session; the TRTC room goes on, and a fresh sig logs IM in again', async () => {
    const secretKey = 'field-test-key';
    const cloud = createFakeCloud({ secretKey });
    const sdkAppId = cloud.options.sdkAppId;
    const nowSec = Math.floor(cloud.clock.now() / 1000);
    const sign = (userId: string, expireSec: number, at = nowSec) =>
      devSignUserSig({ sdkAppId, secretKey, userId, expireSec, nowSec: at });
    const alice = cloud.adapter('alice');
    const bob = cloud.adapter('bob');
    const aliceSession: SessionEvent[] = [];
    alice.session.events$.subscribe((e) => aliceSession.push(e));
    await run(
      cloud,
      alice.session.login({ sdkAppId, userId: 'alice', userSig: await sign('alice', 60) }),
      bob.session.login({ sdkAppId, userId: 'bob', userSig: await sign('bob', 3600) }),
    );
    await run(
      cloud,
      alice.callMedia.enterRoom({ roomId: ROOM, userId: 'alice', callType: CallType.AUDIO }),
      bob.callMedia.enterRoom({ roomId: ROOM, userId: 'bob', callType: CallType.AUDIO }),
    );
    await cloud.advance(61_000);
    await cloud.settle();
    expect(aliceSession.some((e) => e.type === 'userSigExpired')).toBe(true);
    expect(cloud.onlineUsers()).toEqual(['bob']);
    expect(cloud.roomMembers(ROOM)).toEqual(['alice', 'bob']);
    await run(cloud, alice.callMedia.setMicMute({ isMute: true })); // TRTC still answers
    const fresh = await sign('alice', 3600, Math.floor(cloud.clock.now() / 1000));
    await run(cloud, alice.session.login({ sdkAppId, userId: 'alice', userSig: fresh }));
    expect(cloud.onlineUsers()).toEqual(['alice', 'bob']);
    expect(cloud.roomMembers(ROOM)).toEqual(['alice', 'bob']);
  });
});
