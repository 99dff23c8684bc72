import {
  createLiveRoom,
  DEFAULT_RECONCILE_INTERVAL_SEC,
  DEFAULT_RECONNECT_GRACE_MS,
  ErrorCode,
  type LiveRoom,
  type LiveRoomEvent,
  type LiveRoomOptions,
} from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud, step } from '../src/index.js';
import { collect } from './helpers.js';

const run = <T>(cloud: FakeCloud, action: () => Promise<T>) => step({ cloud }, action);

async function liveRoomOf(cloud: FakeCloud, userId: string, options: Partial<LiveRoomOptions<unknown>> = {}) {
  const room = createLiveRoom({ adapter: cloud.adapter(userId), ...options });
  const events = collect(room.events$);
  await run(cloud, () => room.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
  return { room, events };
}

/** The anchor live in room 70, bob watching. */
async function liveWithViewer(cloud: FakeCloud, options: Partial<LiveRoomOptions<unknown>> = {}) {
  const anchor = await liveRoomOf(cloud, 'anchor', options);
  await run(cloud, () => anchor.room.createRoom({ roomId: 70, roomName: 'r', coverUrl: '' }));
  await run(cloud, () => anchor.room.startPublish({ streamId: 's' }));
  const bob = await liveRoomOf(cloud, 'bob', options);
  await run(cloud, () => bob.room.enterRoom({ roomId: 70 }));
  return { anchor, bob };
}

const named = (events: LiveRoomEvent[], ...types: string[]) =>
  events.filter((e) => types.includes(e.eventType)).map((e) => e.eventType);
const status = (...rooms: LiveRoom[]) => rooms.map((r) => r.getSnapshot().status);
const anchors = (room: LiveRoom) => room.getSnapshot().room?.anchors.map((a) => a.userId);

describe('a live room through a network blip', () => {
  it('a viewer survives a blip shorter than the grace: reconnecting shown, no destroy, no error', async () => {
    const cloud = createFakeCloud();
    const { anchor, bob } = await liveWithViewer(cloud);
    const seen: string[] = [];
    bob.room.state$.subscribe((s) => seen.push(s.connection.media));
    cloud.blip('bob', 20_000);
    await cloud.advance(20_000);
    await cloud.settle();
    expect(status(anchor.room, bob.room)).toEqual(['live', 'watching']);
    expect(seen).toContain('reconnecting');
    expect(bob.room.getSnapshot().connection).toEqual({ media: 'connected', signaling: 'connected' });
    expect(named(bob.events, 'onRoomDestroy', 'onError')).toEqual([]);
    expect(cloud.liveMediaState('bob')?.roomId).toBe(70);
  });

  it.each([1_000, 12_000])(
    'an anchor is back (TRTC connected, publishing) one round trip after its link is, blip of %i ms',
    async (blipMs) => {
      const cloud = createFakeCloud();
      const { anchor } = await liveWithViewer(cloud);
      cloud.blip('anchor', blipMs);
      await cloud.advance(blipMs);
      // Re-entering the room and publishing again is one request (one round trip), as for a call.
      await cloud.advance(2 * cloud.options.latencyMs);
      expect(anchor.room.getSnapshot().connection.media).toBe('connected');
      expect(cloud.liveMediaMembers(70)).toContainEqual({ userId: 'anchor', publishing: true });
    },
  );

  it('survives blips on both sides (anchor and viewer) shorter than the grace', async () => {
    const cloud = createFakeCloud();
    const { anchor, bob } = await liveWithViewer(cloud);
    cloud.blip('anchor', 15_000);
    cloud.blip('bob', 12_000);
    await cloud.advance(15_000);
    await cloud.settle();
    await cloud.advance(2 * DEFAULT_RECONNECT_GRACE_MS);
    expect(status(anchor.room, bob.room)).toEqual(['live', 'watching']);
    for (const side of [anchor.events, bob.events])
      expect(named(side, 'onRoomDestroy', 'onError')).toEqual([]);
    expect(anchors(bob.room)).toEqual(['anchor']);
  });

  it('a viewer whose link stays down past the grace leaves with NETWORK_LOST; nothing is left in the rooms', async () => {
    const cloud = createFakeCloud();
    const { anchor, bob } = await liveWithViewer(cloud, { reconnectGraceMs: 10_000 });
    cloud.blip('bob', 30_000);
    await cloud.advance(30_000);
    await cloud.settle();
    expect(status(anchor.room, bob.room)).toEqual(['live', 'outside']);
    expect(
      bob.events.filter((e) => e.eventType === 'onError').map((e) => (e as { code: number }).code),
    ).toEqual([ErrorCode.NETWORK_LOST]);
    expect(cloud.liveMediaState('bob')?.roomId).toBeUndefined();
    expect(cloud.liveRoomMembers(70)).toEqual(['anchor']);
  });

  it('re-enters the IM group after signaling is back and replays the room state it missed', async () => {
    const cloud = createFakeCloud();
    const { anchor, bob } = await liveWithViewer(cloud);
    const carol = await liveRoomOf(cloud, 'carol');
    await run(cloud, () => carol.room.enterRoom({ roomId: 70 }));
    cloud.network.partition('bob');
    // Carol co-hosts while bob is away: the new anchor list never reaches him.
    const asking = carol.room.requestJoinAnchor({ reason: '' });
    await cloud.settle();
    await run(cloud, () => anchor.room.responseJoinAnchor({ userId: 'carol', isAgree: true, reason: '' }));
    await asking;
    await run(cloud, () => carol.room.startPublish({ streamId: 'c' }));
    expect(anchors(bob.room)).toEqual(['anchor']);
    cloud.network.heal('bob');
    await cloud.settle();
    expect(anchors(bob.room)).toEqual(['anchor', 'carol']);
    expect(named(bob.events, 'onRoomInfoChange')).toEqual(['onRoomInfoChange']);
    expect(cloud.liveRoomMembers(70)).toContain('bob');
  });
});

describe('a live viewer reconciles with IM', () => {
  it('a lost room-destroyed notice: the next read finds the room gone and the viewer leaves', async () => {
    const cloud = createFakeCloud();
    const { anchor, bob } = await liveWithViewer(cloud);
    cloud.network.cut('anchor', 'bob'); // every notice from the anchor to bob is lost
    await run(cloud, () => anchor.room.destroyRoom());
    expect(status(bob.room)).toEqual(['watching']);
    await cloud.advance(DEFAULT_RECONCILE_INTERVAL_SEC * 1000);
    await cloud.settle();
    expect(status(bob.room)).toEqual(['outside']);
    expect(named(bob.events, 'onRoomDestroy')).toEqual(['onRoomDestroy']);
    expect(cloud.liveMediaState('bob')?.roomId).toBeUndefined();
  });

  it('a lost anchor-list announcement: the next read replaces the stale list', async () => {
    const cloud = createFakeCloud();
    const anchor = await liveRoomOf(cloud, 'anchor');
    await run(cloud, () => anchor.room.createRoom({ roomId: 70, roomName: 'r', coverUrl: '' }));
    const bob = await liveRoomOf(cloud, 'bob');
    await run(cloud, () => bob.room.enterRoom({ roomId: 70 }));
    cloud.network.cut('anchor', 'bob');
    await run(cloud, () => anchor.room.startPublish({ streamId: 's' }));
    expect(anchors(bob.room)).toEqual([]);
    await cloud.advance(DEFAULT_RECONCILE_INTERVAL_SEC * 1000);
    await cloud.settle();
    expect(anchors(bob.room)).toEqual(['anchor']);
    expect(bob.room.getSnapshot().room?.roomInfo.roomStatus).toBe(1);
  });
});
