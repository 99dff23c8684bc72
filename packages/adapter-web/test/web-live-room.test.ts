import { ErrorCode, type LiveSignalingEvent, RoomStatus } from '@trtc-smart/core';
import {
  type FakeAdapter,
  type ImMessageEvent,
  type LiveParty,
  loggedInLiveParties,
  step,
} from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { createWebAdapter, type WebAdapter } from '../src/index.js';
import type { WebView } from '../src/view.js';
import { chatDouble } from './doubles/chat-double.js';
import { trtcDouble } from './doubles/trtc-double.js';
import { CDNStreaming, CrossRoom } from './doubles/trtc-plugins.js';
import { webLiveRoomHarness } from './web-adapter-harness.js';

type Party = LiveParty<WebView>;
type World = ReturnType<typeof webLiveRoomHarness.world>;

async function live(world: World, anchor: Party, roomId: number): Promise<void> {
  await step(world, () => anchor.room.createRoom({ roomId, roomName: `room ${roomId}`, coverUrl: 'c.png' }));
  await step(world, () =>
    anchor.room.startCameraPreview({ isFront: true, view: `${anchor.userId}-preview` }),
  );
  await step(world, () => anchor.room.startPublish({ streamId: `stream-${anchor.userId}` }));
}

/** A phone running Tencent's live kit: a raw fake-cloud device that speaks IM groups and messages itself. */
async function phone(world: World, userId: string) {
  const device = world.cloud.adapter(userId);
  const received: ImMessageEvent[] = [];
  device.imGroups.events$.subscribe((e) => received.push(e));
  await step(world, () =>
    device.session.login({ sdkAppId: world.sdkAppId, userId, userSig: `dev-sig-${userId}` }),
  );
  return { device, received };
}

const custom = (data: string) => ({ kind: 'custom' as const, data });

describe('adapter-web live rooms on the wire', () => {
  it('a room is an AVChatRoom whose introduction holds the anchor list, announced with action 400', async () => {
    const world = webLiveRoomHarness.world();
    const [a, b] = (await loggedInLiveParties(world, ['anchor', 'bob'])) as [Party, Party];
    const { device: kit, received } = await phone(world, 'kit');
    await step(world, () => a.room.setSelfProfile({ userName: 'Lucy', avatarUrl: 'lucy.png' }));
    await live(world, a, 1001);
    await step(world, () => kit.imGroups.joinGroup({ groupID: '1001' }));
    await step(world, () => b.room.enterRoom({ roomId: 1001 }));
    await step(world, () => b.room.requestJoinAnchor({ reason: 'sing' }));
    await step(world, () => a.room.responseJoinAnchor({ userId: 'bob', isAgree: true, reason: 'ok' }));
    await step(world, () => b.room.startCameraPreview({ isFront: true, view: 'bob-preview' }));
    await step(world, () => b.room.startPublish({ streamId: 'stream-bob' }));
    const intro =
      // bob's stream id reached the owner in action 105 once bob published.
      '{"type":2,"list":[{"userId":"anchor","streamId":"stream-anchor","name":"Lucy"},{"userId":"bob","streamId":"stream-bob","name":""}]}';
    expect(world.cloud.imGroupProfile('1001')).toEqual({
      groupID: '1001',
      type: 'AVChatRoom',
      name: 'room 1001',
      introduction: intro,
      avatar: 'c.png',
      ownerID: 'anchor',
      memberNum: 3,
      createTime: Math.floor(world.cloud.options.startTime / 1000),
    });
    const announcements = received.flatMap((e) =>
      e.type === 'groupMessage' && e.body.kind === 'custom' ? [e.body.data] : [],
    );
    expect(announcements.at(-1)).toBe(`{"version":"1.0.0","action":400,${intro.slice(1)}`);
  });

  it('publishing binds the CDN stream id through the registered CDNStreaming plugin; PK uses CrossRoom', async () => {
    const world = webLiveRoomHarness.world();
    const [a, b] = (await loggedInLiveParties(world, ['annie', 'bella'])) as [Party, Party];
    await live(world, a, 21);
    await live(world, b, 22);
    expect(webLiveRoomHarness.views.get('annie')?.plugins).toEqual([CrossRoom, CDNStreaming]);
    expect(world.cloud.liveMediaState('annie')).toMatchObject({
      roomId: 21,
      role: 'anchor',
      streamId: 'stream-annie',
    });
    await step(world, () => a.room.requestRoomPK({ roomId: 22, userId: 'bella' }));
    await step(world, () => b.room.responseRoomPK({ userId: 'annie', isAgree: true, reason: 'go' }));
    await world.cloud.settle();
    expect(a.roomPK).toEqual([{ eventType: 'onSuccess', reason: 'go' }]);
    await step(world, () => a.room.startPlay({ userId: 'bella', view: 'bella-on-annie' }));
    expect(webLiveRoomHarness.views.get('annie')?.remote.get('bella')).toBe('bella-on-annie');
    expect(webLiveRoomHarness.views.get('annie')?.local).toBe('annie-preview');
  });

  it("hears a kit's room text and action-301 custom messages, and ignores other apps' customs", async () => {
    const world = webLiveRoomHarness.world();
    const [a, b] = (await loggedInLiveParties(world, ['anchor', 'bob'])) as [Party, Party];
    await live(world, a, 8);
    await step(world, () => b.room.enterRoom({ roomId: 8 }));
    const { device: kit } = await phone(world, 'kit');
    await step(world, () => kit.imGroups.updateMyProfile({ nick: 'Kit' }));
    await step(world, () => kit.imGroups.joinGroup({ groupID: '8' }));
    const send = (body: { kind: 'text'; text: string } | { kind: 'custom'; data: string }) =>
      step(world, () => kit.imGroups.sendMessage({ to: '8', conversation: 'group', body }));
    await send({ kind: 'text', text: 'hello' });
    await send(custom('{"version":"1.0.0","action":301,"command":"CMD_LIKE","message":"3"}'));
    await send(custom('{"businessID":"someone_else","action":301}'));
    await send(custom('not json'));
    const fromUser = { userId: 'kit', userName: 'Kit', avatarUrl: '' };
    expect(b.events.filter((e) => e.eventType.startsWith('onRecvRoom'))).toEqual([
      { eventType: 'onRecvRoomTextMsg', fromUser, message: 'hello' },
      { eventType: 'onRecvRoomCustomMsg', fromUser, cmd: 'CMD_LIKE', command: 'CMD_LIKE', message: '3' },
    ]);
  });
});

describe('adapter-web live ports', () => {
  async function device(
    world: World,
    userId: string,
  ): Promise<{ adapter: WebAdapter; heard: LiveSignalingEvent[] }> {
    const adapter = world.adapter(userId);
    const heard: LiveSignalingEvent[] = [];
    adapter.liveSignaling.events$.subscribe((e) => heard.push(e));
    await step(world, () =>
      adapter.session.login({ sdkAppId: world.sdkAppId, userId, userSig: `dev-sig-${userId}` }),
    );
    return { adapter, heard };
  }
  const state = { status: RoomStatus.SINGLE, anchors: [{ userId: 'anchor', userName: '', streamId: 's' }] };
  const room = { roomId: 5, roomName: 'r', coverUrl: '', state };

  it("creating a room one owns (IM 10025) and joining a room one is in (IM 10013) succeed; another's id is taken", async () => {
    const world = webLiveRoomHarness.world();
    const { adapter: a } = await device(world, 'anchor');
    const { adapter: b } = await device(world, 'bob');
    expect(await step(world, () => a.liveSignaling.createRoom(room))).toEqual({ resumed: false });
    expect(await step(world, () => a.liveSignaling.createRoom(room))).toEqual({ resumed: true });
    await step(world, () => b.liveSignaling.enterRoom({ roomId: 5 }));
    const again = await step(world, () => b.liveSignaling.enterRoom({ roomId: 5 }));
    expect(again).toMatchObject({ roomId: 5, ownerId: 'anchor', memberCount: 2, state });
    const taken = b.liveSignaling.createRoom(room);
    taken.catch(() => undefined);
    await world.cloud.settle();
    await expect(taken).rejects.toMatchObject({ code: ErrorCode.ALREADY_EXISTS, cause: { code: 10021 } });
    const missing = b.liveSignaling.enterRoom({ roomId: 6 });
    missing.catch(() => undefined);
    await world.cloud.settle();
    await expect(missing).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it('a room IM still has (10025) is resumed as it was: its old introduction stays until announced', async () => {
    const world = webLiveRoomHarness.world();
    const { adapter: a } = await device(world, 'anchor');
    await step(world, () => a.liveSignaling.createRoom(room));
    const before = world.cloud.imGroupProfile('5');
    const initial = { status: RoomStatus.NONE, anchors: [] };
    const resumed = await step(world, () => a.liveSignaling.createRoom({ ...room, state: initial }));
    expect(resumed).toEqual({ resumed: true });
    expect(world.cloud.imGroupProfile('5')).toEqual(before);
    await step(world, () => a.liveSignaling.setRoomState({ roomId: 5, state: initial, seq: 1 }));
    expect(JSON.parse(world.cloud.imGroupProfile('5')?.introduction ?? '')).toMatchObject({ type: 0 });
  });

  it('an owner whose userSig expired creates its room again: its viewers see its state, not the old one', async () => {
    const world = webLiveRoomHarness.world();
    const [a, b] = (await loggedInLiveParties(world, ['anchor', 'bob'])) as [Party, Party];
    await live(world, a, 1003);
    await step(world, () => b.room.enterRoom({ roomId: 1003 }));
    expect(b.room.getSnapshot().room?.roomInfo.roomStatus).toBe(RoomStatus.SINGLE);
    world.cloud.expireUserSig('anchor');
    await world.cloud.advance(1_000);
    expect(a.room.getSnapshot().status).toBe('loggedOut');
    await step(world, () => a.room.login({ sdkAppId: world.sdkAppId, userId: 'anchor', userSig: 'dev' }));
    await step(world, () => a.room.createRoom({ roomId: 1003, roomName: 'room 1003', coverUrl: 'c.png' }));
    await world.cloud.settle();
    expect(b.room.getSnapshot().room?.roomInfo.roomStatus).toBe(RoomStatus.NONE);
    // What a newcomer reads: the introduction, rewritten (it held status 1 and the old stream).
    expect(JSON.parse(world.cloud.imGroupProfile('1003')?.introduction ?? '')).toEqual({
      type: 0,
      list: [{ userId: 'anchor', streamId: '', name: '' }],
    });
  });

  it("every member's memberCount follows the count IM's join and quit tips carry", async () => {
    const world = webLiveRoomHarness.world();
    const [a, b, c] = (await loggedInLiveParties(world, ['anchor', 'bob', 'carol'])) as [Party, Party, Party];
    await live(world, a, 1002);
    await step(world, () => b.room.enterRoom({ roomId: 1002 }));
    const count = (p: Party) => p.room.getSnapshot().room?.roomInfo.memberCount;
    expect([count(a), count(b)]).toEqual([2, 2]);
    await step(world, () => c.room.enterRoom({ roomId: 1002 }));
    expect([count(a), count(b), count(c)]).toEqual([3, 3, 3]);
    await step(world, () => c.room.exitRoom());
    expect([count(a), count(b)]).toEqual([2, 2]);
  });

  it('member tips reach the owner and announced anchors only', async () => {
    const world = webLiveRoomHarness.world();
    const { adapter: a, heard: atAnchor } = await device(world, 'anchor');
    const { adapter: b, heard: atBob } = await device(world, 'bob');
    const { adapter: c } = await device(world, 'carol');
    await step(world, () => a.liveSignaling.createRoom(room));
    await step(world, () => b.liveSignaling.enterRoom({ roomId: 5 }));
    await step(world, () => c.liveSignaling.enterRoom({ roomId: 5 }));
    await step(world, () => c.liveSignaling.exitRoom({ roomId: 5 }));
    const tips = (heard: LiveSignalingEvent[]) =>
      heard
        .filter((e) => e.type === 'memberEntered' || e.type === 'memberLeft')
        .map((e) => [e.type, 'user' in e ? e.user.userId : '']);
    expect(tips(atAnchor)).toEqual([
      ['memberEntered', 'bob'],
      ['memberEntered', 'carol'],
      ['memberLeft', 'carol'],
    ]);
    expect(tips(atBob)).toEqual([]);
  });

  it('bad input names the field and the rule and sends nothing', async () => {
    const world = webLiveRoomHarness.world();
    const { adapter: a } = await device(world, 'anchor');
    await step(world, () => a.liveSignaling.createRoom(room));
    const tooMany = {
      status: RoomStatus.LINK_MIC,
      anchors: Array.from({ length: 6 }, (_, i) => ({
        userId: `co-host-${i}`,
        userName: `name ${i}`,
        streamId: `stream-${i}`,
      })),
    };
    const before = world.cloud.imGroupProfile('5');
    await expect(a.liveSignaling.setRoomState({ roomId: 5, state: tooMany, seq: 1 })).rejects.toMatchObject({
      code: ErrorCode.INVALID_PARAMETER,
      message: expect.stringMatching(/^state: .*240-byte group introduction/),
    });
    // Android (TUILiveRoom TXRoomService at 1697d86e) reads room ids as a Java int.
    await expect(a.liveSignaling.createRoom({ ...room, roomId: 2_147_483_648 })).rejects.toMatchObject({
      code: ErrorCode.INVALID_PARAMETER,
      message: "roomId: must be at most 2147483647 (Android's int)",
    });
    await expect(a.liveSignaling.enterRoom({ roomId: 0 })).rejects.toMatchObject({
      code: ErrorCode.INVALID_PARAMETER,
      message: expect.stringMatching(/^roomId: must be an integer/),
    });
    await expect(
      a.liveSignaling.sendPeerMessage({ userId: 'bad id', message: { type: 'quitRoomPK' } }),
    ).rejects.toMatchObject({
      code: ErrorCode.INVALID_PARAMETER,
      message: expect.stringMatching(/^userId: /),
    });
    await expect(a.liveMedia.startPublish({ streamId: '' })).rejects.toMatchObject({
      code: ErrorCode.INVALID_PARAMETER,
      message: 'streamId: must not be empty',
    });
    await world.cloud.settle();
    expect(world.cloud.imGroupProfile('5')).toEqual(before);
  });

  it('PK without the CrossRoom plugin is refused, saying what to register', async () => {
    const world = webLiveRoomHarness.world();
    const fake: FakeAdapter = world.cloud.adapter('anchor');
    const adapter = createWebAdapter({
      sdkAppId: world.sdkAppId,
      TRTC: trtcDouble(fake),
      TencentCloudChat: chatDouble(fake),
      clock: fake.clock,
    });
    await step(world, () =>
      adapter.session.login({ sdkAppId: world.sdkAppId, userId: 'anchor', userSig: 'dev-sig-anchor' }),
    );
    await step(world, () => adapter.liveMedia.enterRoom({ roomId: 5, userId: 'anchor', role: 'anchor' }));
    await expect(adapter.liveMedia.connectOtherRoom({ roomId: 6, userId: 'bella' })).rejects.toMatchObject({
      code: ErrorCode.INVALID_STATE,
      message: expect.stringContaining('CrossRoom'),
    });
  });
});
