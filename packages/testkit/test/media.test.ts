import { type CallMediaEvent, CallType, ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../src/index.js';
import { loggedIn, rejection, type User, user } from './helpers.js';

const ROOM = 777;
const view = { x: 0, y: 0, w: 100, h: 200 };

async function run(cloud: FakeCloud, ...calls: Promise<void>[]): Promise<void> {
  const all = Promise.all(calls);
  all.catch(() => undefined);
  await cloud.settle();
  await all;
}

const enter = (u: User) =>
  u.adapter.callMedia.enterRoom({ roomId: ROOM, userId: u.id, callType: CallType.VIDEO });
const events = (u: User) => u.media as CallMediaEvent[];
const withoutStats = (u: User) =>
  events(u).filter((e) => e.type !== 'volumes' && e.type !== 'networkQuality');

describe('media rooms', () => {
  it('tells the joiner who is there, and the room about the joiner', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    await run(cloud, enter(alice));
    await run(cloud, alice.adapter.callMedia.openCamera({ isFront: true, view }));
    await run(cloud, enter(bob));
    expect(cloud.roomMembers(ROOM)).toEqual(['alice', 'bob']);
    expect(withoutStats(bob)).toEqual([
      { type: 'userEntered', userId: 'alice' },
      { type: 'audioAvailable', userId: 'alice', available: true },
      { type: 'videoAvailable', userId: 'alice', available: true },
    ]);
    expect(withoutStats(alice)).toEqual([
      { type: 'userEntered', userId: 'bob' },
      { type: 'audioAvailable', userId: 'bob', available: true },
    ]);
    expect(cloud.mediaState('alice')).toMatchObject({
      roomId: ROOM,
      camera: 'front',
      localView: view,
      micMuted: false,
    });
  });

  it('relays camera and mic changes; records local state', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    await run(cloud, enter(alice), enter(bob));
    const media = alice.adapter.callMedia;
    await run(cloud, media.openCamera({ isFront: false, view }));
    await run(cloud, media.switchCamera({ isFront: true }));
    await run(cloud, media.setMicMute({ isMute: true }));
    await run(cloud, media.setHandsFree({ isHandsFree: true }));
    await run(cloud, media.startRemoteView({ userId: 'bob', view }));
    expect(cloud.mediaState('alice')).toMatchObject({
      camera: 'front',
      micMuted: true,
      handsFree: true,
      remoteViews: { bob: view },
    });
    await run(
      cloud,
      media.closeCamera(),
      media.setMicMute({ isMute: false }),
      media.stopRemoteView({ userId: 'bob' }),
    );
    expect(withoutStats(bob).slice(2)).toEqual([
      { type: 'videoAvailable', userId: 'alice', available: true },
      { type: 'audioAvailable', userId: 'alice', available: false },
      { type: 'videoAvailable', userId: 'alice', available: false },
      { type: 'audioAvailable', userId: 'alice', available: true },
    ]);
    expect(cloud.mediaState('alice')).toMatchObject({ camera: 'off', remoteViews: {} });
  });

  it('rejects remote views of users not in the room, and bad views', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const alice = user(users, 'alice');
    await run(cloud, enter(alice));
    const missing = rejection(alice.adapter.callMedia.startRemoteView({ userId: 'bob', view }));
    expect((await missing).code).toBe(ErrorCode.NOT_FOUND);
    const bad = rejection(
      alice.adapter.callMedia.openCamera({ isFront: true, view: { x: 0, y: 0, w: -1, h: 1 } }),
    );
    expect((await bad).code).toBe(ErrorCode.INVALID_PARAMETER);
  });

  it('exitRoom: the others get userLeft(left)', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    await run(cloud, enter(alice), enter(bob));
    await run(cloud, bob.adapter.callMedia.exitRoom());
    expect(withoutStats(alice).at(-1)).toEqual({ type: 'userLeft', userId: 'bob', reason: 'left' });
    expect(cloud.roomMembers(ROOM)).toEqual(['alice']);
    expect(cloud.mediaState('bob')?.roomId).toBeUndefined();
  });

  it('sends volumes (every member, 0..100, 0 when muted) and network quality while two are in a room', async () => {
    const cloud = createFakeCloud();
    cloud.network.configure({ latencyMs: 150 }, 'bob');
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    await run(cloud, enter(alice), enter(bob));
    await run(cloud, bob.adapter.callMedia.setMicMute({ isMute: true }));
    await cloud.advance(4000);
    const volumes = events(alice).filter((e) => e.type === 'volumes');
    expect(volumes.length).toBeGreaterThanOrEqual(7);
    for (const e of volumes) {
      expect(e.volumes.map((v) => v.userId)).toEqual(['alice', 'bob']);
      for (const v of e.volumes)
        expect(v.volume >= 0 && v.volume <= 100 && Number.isInteger(v.volume)).toBe(true);
    }
    const last = volumes.at(-1);
    expect(last?.volumes[1]?.volume).toBe(0);
    expect(new Set(volumes.map((e) => e.volumes[0]?.volume)).size).toBeGreaterThan(1);
    expect(events(bob).some((e) => e.type === 'volumes')).toBe(true);
    const quality = events(alice)
      .filter((e) => e.type === 'networkQuality')
      .at(-1);
    expect(quality).toEqual({
      type: 'networkQuality',
      qualities: [
        { userId: 'alice', quality: 1 },
        { userId: 'bob', quality: 2 },
      ],
    });
  });

  it('periodic statistics never keep settle() busy', async () => {
    const cloud = createFakeCloud({ latencyMs: 900, volumeIntervalMs: 100 });
    const users = await loggedIn(cloud, 'alice', 'bob');
    const start = cloud.clock.now();
    await run(cloud, enter(user(users, 'alice')), enter(user(users, 'bob')));
    expect(cloud.clock.now() - start).toBeLessThan(5000);
  });

  it('stops every timer when the rooms empty', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    await run(cloud, enter(alice), enter(bob));
    await cloud.advance(3000);
    expect(cloud.clock.pending()).toBeGreaterThan(0);
    await run(cloud, alice.adapter.callMedia.exitRoom());
    await cloud.settle();
    expect(cloud.clock.pending()).toBe(0); // a room of one has no statistics
    await run(cloud, bob.adapter.callMedia.exitRoom());
    expect(cloud.clock.pending()).toBe(0);
    expect(cloud.roomMembers(ROOM)).toEqual([]);
  });

  it('drops a member whose link is down for mediaTimeoutMs; its SDK reconnects and re-enters when the link is back', async () => {
    const cloud = createFakeCloud({ mediaTimeoutMs: 8000 });
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    await run(cloud, enter(alice), enter(bob));
    cloud.network.partition('bob');
    expect(withoutStats(bob).at(-1)).toEqual({ type: 'connectionChanged', state: 'reconnecting' });
    await cloud.advance(7999);
    expect(cloud.roomMembers(ROOM)).toEqual(['alice', 'bob']);
    await cloud.advance(1);
    await cloud.settle();
    expect(cloud.roomMembers(ROOM)).toEqual(['alice']);
    expect(withoutStats(alice).at(-1)).toEqual({ type: 'userLeft', userId: 'bob', reason: 'networkTimeout' });
    expect(cloud.mediaState('bob')?.roomId).toBe(ROOM); // its SDK still holds the room
    cloud.network.heal('bob');
    await cloud.settle();
    expect(cloud.roomMembers(ROOM)).toEqual(['alice', 'bob']);
    expect(withoutStats(bob).filter((e) => e.type === 'connectionChanged')).toEqual([
      { type: 'connectionChanged', state: 'reconnecting' },
      { type: 'connectionChanged', state: 'connected' },
    ]);
    expect(withoutStats(alice).at(-2)).toEqual({ type: 'userEntered', userId: 'bob' });
  });

  it('a short outage does not drop the member', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    await run(cloud, enter(user(users, 'alice')), enter(user(users, 'bob')));
    cloud.setOnline('bob', false);
    await cloud.advance(5000);
    cloud.setOnline('bob', true);
    await cloud.advance(10_000);
    expect(cloud.roomMembers(ROOM)).toEqual(['alice', 'bob']);
  });

  it('an exitRoom the cloud never hears still ends in userLeft(networkTimeout)', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    const [alice, bob] = [user(users, 'alice'), user(users, 'bob')];
    await run(cloud, enter(alice), enter(bob));
    cloud.network.configure({ loss: 1 }, 'bob');
    const exit = rejection(bob.adapter.callMedia.exitRoom());
    await cloud.advance(8000);
    expect((await exit).code).toBe(ErrorCode.NETWORK_TIMEOUT);
    await cloud.settle(); // the drop fired at 8000; its userLeft is on alice's link
    expect(withoutStats(alice).at(-1)).toEqual({ type: 'userLeft', userId: 'bob', reason: 'networkTimeout' });
    expect(withoutStats(bob).some((e) => e.type === 'connectionLost')).toBe(false);
  });

  it('enterRoom must name the logged-in user', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice');
    const error = rejection(
      user(users, 'alice').adapter.callMedia.enterRoom({
        roomId: ROOM,
        userId: 'mallory',
        callType: CallType.AUDIO,
      }),
    );
    expect((await error).code).toBe(ErrorCode.INVALID_PARAMETER);
  });
});
