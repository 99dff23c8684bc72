import {
  createLiveRoom,
  DEFAULT_RECONNECT_GRACE_MS,
  type LiveRoom,
  type LiveSignalingEvent,
} from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, DEAD_ROOM_DISMISS_MS, type FakeCloud, step } from '../src/index.js';

const run = <T>(cloud: FakeCloud, action: () => Promise<T>) => step({ cloud }, action);

async function liveRoomOf(cloud: FakeCloud, userId: string): Promise<LiveRoom> {
  const room = createLiveRoom({ adapter: cloud.adapter(userId) });
  await run(cloud, () => room.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
  return room;
}

/** An anchor live in room 70 with bob and carol watching, and an IM-only member (port level). */
async function liveRoomWithAudience(cloud: FakeCloud) {
  const anchor = await liveRoomOf(cloud, 'anchor');
  await run(cloud, () => anchor.createRoom({ roomId: 70, roomName: 'r', coverUrl: '' }));
  await run(cloud, () => anchor.startPublish({ streamId: 's' }));
  const bob = await liveRoomOf(cloud, 'bob');
  const carol = await liveRoomOf(cloud, 'carol');
  await run(cloud, () => bob.enterRoom({ roomId: 70 }));
  await run(cloud, () => carol.enterRoom({ roomId: 70 }));
  // A member in the IM room only (a chat-only viewer): nobody tells it the anchor's stream is gone.
  const lurker = cloud.adapter('lurker');
  const heardByLurker: LiveSignalingEvent[] = [];
  lurker.liveSignaling.events$.subscribe((e) => heardByLurker.push(e));
  await run(cloud, () =>
    lurker.session.login({ sdkAppId: cloud.options.sdkAppId, userId: 'lurker', userSig: 'dev' }),
  );
  await run(cloud, () => lurker.liveSignaling.enterRoom({ roomId: 70 }));
  return { anchor, bob, carol, heardByLurker };
}

const listed = async (cloud: FakeCloud, room: LiveRoom, roomId: number) =>
  (await run(cloud, () => room.getRoomInfos({ roomIdList: [roomId] }))).roomList.map((r) => r.roomId);

describe('a live room whose anchor dropped off the network', () => {
  it('is dismissed once the owner stayed away for the grace period: unlisted, nobody left in it', async () => {
    const cloud = createFakeCloud();
    const { bob, carol, heardByLurker } = await liveRoomWithAudience(cloud);
    cloud.network.partition('anchor');
    await cloud.advance(10_000 + DEFAULT_RECONNECT_GRACE_MS);
    await cloud.settle();
    expect([bob, carol].map((p) => p.getSnapshot().status)).toEqual(['outside', 'outside']);
    expect(await listed(cloud, bob, 70)).toEqual(['70']); // within the grace the owner may come back

    await cloud.advance(DEAD_ROOM_DISMISS_MS);
    await cloud.settle();
    expect(await listed(cloud, bob, 70)).toEqual([]);
    expect(cloud.liveRoomMembers(70)).toEqual([]);
    expect(heardByLurker.filter((e) => e.type === 'roomDestroyed')).toEqual([
      { type: 'roomDestroyed', roomId: 70 },
    ]);
    // The id is free again.
    await run(cloud, () => carol.createRoom({ roomId: 70, roomName: 'mine', coverUrl: '' }));
    expect(carol.getSnapshot().status).toBe('previewing');
  });

  it('is kept when the owner comes back within the grace: its SDK re-enters and publishes again, nobody is told the room died', async () => {
    const cloud = createFakeCloud();
    const { anchor, bob, carol } = await liveRoomWithAudience(cloud);
    const heard: string[] = [];
    bob.events$.subscribe((e) => heard.push(e.eventType));
    cloud.blip('anchor', 20_000); // the room drops its stream at 8 s; the anchor is back at 20 s
    await cloud.advance(20_000);
    await cloud.settle();
    expect([anchor, bob, carol].map((p) => p.getSnapshot().status)).toEqual(['live', 'watching', 'watching']);
    expect(heard).toEqual(['onAnchorExit', 'onAnchorEnter']);

    await cloud.advance(DEAD_ROOM_DISMISS_MS + 1_000);
    await cloud.settle();
    expect(await listed(cloud, bob, 70)).toEqual(['70']);
    expect([anchor, bob].map((p) => p.getSnapshot().status)).toEqual(['live', 'watching']);
  });
});

describe("an AVChatRoom at the chat SDK's level (the platform adapters' doubles) whose owner dropped off", () => {
  /** The owner's AVChatRoom '71' and its TRTC room, as a web or native SDK double sets them up. */
  async function avChatRoom(cloud: FakeCloud) {
    const sdkAppId = cloud.options.sdkAppId;
    const owner = cloud.adapter('owner');
    const viewer = cloud.adapter('viewer');
    const heard: string[] = [];
    viewer.imGroups.events$.subscribe((e) => heard.push(e.type));
    for (const [device, userId] of [
      [owner, 'owner'],
      [viewer, 'viewer'],
    ] as const) {
      await run(cloud, () => device.session.login({ sdkAppId, userId, userSig: 'dev' }));
    }
    const group = { groupID: '71', type: 'AVChatRoom', name: 'r', introduction: '', avatar: '' };
    await run(cloud, () => owner.imGroups.createGroup(group));
    await run(cloud, () => owner.imGroups.joinGroup({ groupID: '71' }));
    await run(cloud, () => owner.liveMedia.enterRoom({ roomId: 71, userId: 'owner', role: 'anchor' }));
    await run(cloud, () => viewer.imGroups.joinGroup({ groupID: '71' }));
    return { owner, group, heard };
  }

  it('is dismissed after the grace period, with a dismissal notice to whoever is still in it', async () => {
    const cloud = createFakeCloud();
    const { heard } = await avChatRoom(cloud);
    cloud.network.partition('owner');
    await cloud.advance(10_000 + DEAD_ROOM_DISMISS_MS);
    await cloud.settle();
    expect(cloud.imGroupProfile('71')).toBeUndefined();
    expect(heard).toContain('groupDismissed');
  });

  it('is kept when the owner is back in its TRTC room before the grace runs out', async () => {
    const cloud = createFakeCloud();
    const { owner, group } = await avChatRoom(cloud);
    cloud.network.partition('owner');
    await cloud.advance(10_000);
    cloud.network.heal('owner');
    await cloud.settle();
    await run(cloud, () => owner.imGroups.createGroup(group));
    await run(cloud, () => owner.liveMedia.enterRoom({ roomId: 71, userId: 'owner', role: 'anchor' }));
    await cloud.advance(DEAD_ROOM_DISMISS_MS);
    await cloud.settle();
    expect(cloud.imGroupProfile('71')?.memberNum).toBe(2);
  });
});
