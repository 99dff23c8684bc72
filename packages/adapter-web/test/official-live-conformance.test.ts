import { ErrorCode, RoomStatus } from '@trtc-smart/core';
import { type LiveParty, loggedInLiveParties, officialLivePeer, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import type { WebView } from '../src/view.js';
import { webLiveRoomHarness } from './web-adapter-harness.js';

/**
 * adapter-web ↔ official peer, live part: createLiveRoom over adapter-web (on the chat and TRTC
 * doubles) on one side, Tencent's TRTCLiveRoom for iOS or Android (testkit's scripted peer, which
 * sends and reads the payloads of tencentyun/TUILiveRoom at 1697d86e) on the other, in both
 * directions, in virtual time.
 */
type Party = LiveParty<WebView>;
type World = ReturnType<typeof webLiveRoomHarness.world>;

const WEB_ROOM = 1001;
const KIT_ROOM = 2002;

async function setUp(platform: 'iOS' | 'Android') {
  const world = webLiveRoomHarness.world();
  const [web] = (await loggedInLiveParties(world, ['web'])) as [Party];
  const kit = officialLivePeer(world.cloud.adapter('kit'), {
    userId: 'kit',
    platform,
    sdkAppId: world.sdkAppId,
  });
  await step(world, () => kit.login());
  return { world, web, kit };
}

async function webLive(world: World, web: Party): Promise<void> {
  await step(world, () => web.room.createRoom({ roomId: WEB_ROOM, roomName: 'web room', coverUrl: '' }));
  await step(world, () => web.room.startCameraPreview({ isFront: true, view: 'web-preview' }));
  await step(world, () => web.room.startPublish({ streamId: 'web_stream' }));
}

/** The invitations the kit received or got answered, as JSON (its raw payloads are in kit.wire). */
const received = (kit: ReturnType<typeof officialLivePeer>, kind: string) =>
  kit.wire.filter((w) => w.dir === 'in' && w.kind === kind).map((w) => JSON.parse(w.data));

describe.each(['iOS', 'Android'] as const)('adapter-web ↔ official TRTCLiveRoom %s peer', (platform) => {
  describe('room list visibility and introduction changes', () => {
    it("our room is in the kit's room list from creation, with us as list[0], the owner", async () => {
      const { world, web, kit } = await setUp(platform);
      await step(world, () => web.room.createRoom({ roomId: WEB_ROOM, roomName: 'web room', coverUrl: '' }));
      expect(await step(world, () => kit.roomList([WEB_ROOM]))).toEqual([
        { roomId: String(WEB_ROOM), ownerId: 'web' },
      ]);
      await step(world, () => kit.enterRoom(WEB_ROOM));
      expect(kit.ownerId).toBe('web');
    });

    it("the kit's room is in our room list; its introduction changes reach us once, and no empty chat line", async () => {
      const { world, web, kit } = await setUp(platform);
      await step(world, () => kit.createRoom(KIT_ROOM, 'kit room'));
      await step(world, () => kit.startPublish('kit_stream'));
      const { roomList } = await step(world, () => web.room.getRoomInfos({ roomIdList: [String(KIT_ROOM)] }));
      expect(roomList).toMatchObject([{ roomId: String(KIT_ROOM), ownerId: 'kit', roomStatus: 1 }]);
      await step(world, () => web.room.enterRoom({ roomId: KIT_ROOM }));
      const before = web.of('onRoomInfoChange').length;
      // iOS: introduction, then an empty text; Android: introduction, then action 400.
      await step(world, () =>
        kit.announce(RoomStatus.LINK_MIC, [{ userId: 'guest', streamId: 'guest_stream' }]),
      );
      const changes = web.of('onRoomInfoChange').slice(before);
      expect(changes.map((e) => e.roomInfo.roomStatus)).toEqual([RoomStatus.LINK_MIC]);
      expect(web.of('onRecvRoomTextMsg')).toEqual([]);
      const texts = kit.wire.filter((w) => w.dir === 'out' && w.kind === 'text').map((w) => w.data);
      expect(texts).toEqual(platform === 'iOS' ? ['', '', ''] : []);
    });
  });

  describe('link mic', () => {
    it('the kit asks (iOS names no room), we accept: its invitation is accepted', async () => {
      const { world, web, kit } = await setUp(platform);
      await webLive(world, web);
      await step(world, () => kit.enterRoom(WEB_ROOM));
      await step(world, () => kit.requestJoinAnchor('sing', 30));
      const [request] = web.of('onRequestJoinAnchor');
      expect(request?.userInfo.userId).toBe('kit');
      // iOS puts its reason in data.message; Android sends none.
      expect(request?.reason).toBe(platform === 'iOS' ? 'sing' : '');
      await step(world, () => web.room.responseJoinAnchor({ userId: 'kit', isAgree: true, reason: 'ok' }));
      expect(kit.callbacks).toContain('requestJoinAnchor accepted by web');
      expect(received(kit, 'inviteeAccepted')).toEqual([
        {
          version: 1,
          businessID: 'Live',
          platform: 'Web',
          data: { cmd: 'requestJoinAnchor', message: 'ok' },
        },
      ]);
    });

    it('the kit asks, we refuse: its invitation is rejected and nothing changes here', async () => {
      const { world, web, kit } = await setUp(platform);
      await webLive(world, web);
      await step(world, () => kit.enterRoom(WEB_ROOM));
      await step(world, () => kit.requestJoinAnchor('', 30));
      await step(world, () => web.room.responseJoinAnchor({ userId: 'kit', isAgree: false, reason: 'no' }));
      expect(kit.callbacks).toContain('requestJoinAnchor rejected by web');
      expect(web.room.getSnapshot().room?.roomInfo.roomStatus).toBe(RoomStatus.SINGLE);
    });

    it('the kit cancels (IM cancel) or its IM invitation times out: our late answer fails cleanly', async () => {
      for (const end of ['cancel', 'timeout'] as const) {
        const { world, web, kit } = await setUp(platform);
        await webLive(world, web);
        await step(world, () => kit.enterRoom(WEB_ROOM));
        await step(world, () => kit.requestJoinAnchor('', 5));
        if (end === 'cancel') await step(world, () => kit.cancelRequestJoinAnchor());
        else await world.cloud.advance(6_000);
        const before = JSON.stringify(web.room.getSnapshot());
        const late = web.room.responseJoinAnchor({ userId: 'kit', isAgree: true, reason: '' });
        await expect(late).rejects.toMatchObject({ code: ErrorCode.INVALID_STATE });
        await world.cloud.settle();
        expect(JSON.stringify(web.room.getSnapshot()), end).toBe(before);
        expect(received(kit, 'inviteeAccepted'), end).toEqual([]);
      }
    });

    it('we ask the kit (the owner), it accepts; we publish and tell it our stream (105); it kicks us out', async () => {
      const { world, web, kit } = await setUp(platform);
      await step(world, () => kit.createRoom(KIT_ROOM, 'kit room'));
      await step(world, () => kit.startPublish('kit_stream'));
      await step(world, () => web.room.enterRoom({ roomId: KIT_ROOM }));
      await step(world, () => web.room.requestJoinAnchor({ reason: 'sing' }));
      expect(kit.callbacks).toContain('onRequestJoinAnchor web');
      const [invitation] = received(kit, 'newInvitationReceived');
      expect(invitation).toMatchObject({ businessID: 'Live', data: { cmd: 'requestJoinAnchor' } });
      await step(world, () => kit.responseJoinAnchor('web', true, ''));
      expect(web.linkMic).toEqual([{ eventType: 'onSuccess', reason: '' }]);
      await step(world, () => web.room.startCameraPreview({ isFront: true, view: 'web-preview' }));
      await step(world, () => web.room.startPublish({ streamId: 'web_stream' }));
      expect(received(kit, 'c2c')).toEqual([{ version: '1.0.0', action: 105, stream_id: 'web_stream' }]);
      if (platform === 'iOS') expect(kit.callbacks).toContain('onAnchorStream web web_stream');
      await step(world, () => kit.kickoutJoinAnchor('web'));
      expect(web.of('onKickoutJoinAnchor')).toHaveLength(1);
      // We accept a kick-out invitation as iOS does.
      expect(received(kit, 'inviteeAccepted')).toEqual([
        { version: 1, businessID: 'Live', platform: 'Web', data: { cmd: 'kickoutJoinAnchor' } },
      ]);
    });

    it('we ask, the kit refuses: onFailure; unanswered, our deadline withdraws it with IM cancel', async () => {
      const { world, web, kit } = await setUp(platform);
      await step(world, () => kit.createRoom(KIT_ROOM, 'kit room'));
      await step(world, () => kit.startPublish('kit_stream'));
      await step(world, () => web.room.enterRoom({ roomId: KIT_ROOM }));
      await step(world, () => web.room.requestJoinAnchor({ reason: '' }));
      await step(world, () => kit.responseJoinAnchor('web', false, 'busy'));
      expect(web.linkMic).toMatchObject([{ eventType: 'onFailure' }]);
      await step(world, () => web.room.requestJoinAnchor({ reason: '' }));
      await world.cloud.advance(10_000);
      expect(web.linkMic.at(-1)).toEqual({ eventType: 'onFailure', reason: 'timeout: no answer in time' });
      expect(kit.callbacks).toContain('onCancelJoinAnchor web');
      expect(received(kit, 'invitationCancelled')).toEqual([
        { version: 1, businessID: 'Live', platform: 'Web', data: { cmd: 'requestJoinAnchor' } },
      ]);
      // The kit's late answer finds no invitation (it dropped it; IM would refuse it too): nothing changes.
      await step(world, () => kit.responseJoinAnchor('web', true, ''));
      expect(web.linkMic).toHaveLength(2);
      expect(web.status()).toBe(web.room.getSnapshot().status);
    });

    it('we kick the kit out: it gets a kickoutJoinAnchor invitation', async () => {
      const { world, web, kit } = await setUp(platform);
      await webLive(world, web);
      await step(world, () => kit.enterRoom(WEB_ROOM));
      await step(world, () => kit.requestJoinAnchor('', 30));
      await step(world, () => web.room.responseJoinAnchor({ userId: 'kit', isAgree: true, reason: '' }));
      await step(world, () => kit.startPublish('kit_stream'));
      await step(world, () => web.room.kickoutJoinAnchor({ userId: 'kit' }));
      expect(kit.callbacks).toContain('onKickoutJoinAnchor');
      expect(received(kit, 'newInvitationReceived').at(-1)).toEqual({
        version: 1,
        businessID: 'Live',
        platform: 'Web',
        data: { cmd: 'kickoutJoinAnchor' },
      });
    });
  });

  describe('PK', () => {
    async function bothLive(world: World, web: Party, kit: ReturnType<typeof officialLivePeer>) {
      await webLive(world, web);
      await step(world, () => kit.createRoom(KIT_ROOM, 'kit room'));
      await step(world, () => kit.startPublish('kit_stream'));
    }

    it('we ask, the kit accepts with its stream (stream_id); we quit: it gets quitRoomPK', async () => {
      const { world, web, kit } = await setUp(platform);
      await bothLive(world, web, kit);
      await step(world, () => web.room.requestRoomPK({ roomId: KIT_ROOM, userId: 'kit' }));
      // Both kits need data.roomId: our room, as a string; iOS reads our streamId too.
      const stream = platform === 'iOS' ? ' web_stream' : '';
      expect(kit.callbacks).toContain(`onRequestRoomPK web room ${WEB_ROOM}${stream}`);
      await step(world, () => kit.responseRoomPK('web', true));
      expect(web.roomPK).toEqual([{ eventType: 'onSuccess', reason: '' }]);
      expect(web.room.getSnapshot().room?.roomInfo.roomStatus).toBe(RoomStatus.PK);
      await step(world, () => web.room.quitRoomPK());
      expect(kit.callbacks).toContain('onQuitRoomPK');
      // iOS accepts the quit (respondQuitRoomPK, `action` in place of `cmd`); we drop that answer quietly.
      expect(web.of('onError')).toEqual([]);
    });

    it('we ask, the kit refuses: onFailure, we stay live alone', async () => {
      const { world, web, kit } = await setUp(platform);
      await bothLive(world, web, kit);
      await step(world, () => web.room.requestRoomPK({ roomId: KIT_ROOM, userId: 'kit' }));
      await step(world, () => kit.responseRoomPK('web', false));
      expect(web.roomPK).toMatchObject([{ eventType: 'onFailure' }]);
      expect(web.room.getSnapshot().room?.roomInfo.roomStatus).toBe(RoomStatus.SINGLE);
    });

    it('the kit asks, we accept: its accept carries our stream_id; it quits: onQuitRoomPK', async () => {
      const { world, web, kit } = await setUp(platform);
      await bothLive(world, web, kit);
      await step(world, () => kit.requestRoomPK(WEB_ROOM, 'web', 30));
      expect(web.of('onRequestRoomPK').map((e) => e.userInfo.userId)).toEqual(['kit']);
      await step(world, () => web.room.responseRoomPK({ userId: 'kit', isAgree: true, reason: '' }));
      expect(kit.callbacks).toContain('requestRoomPK accepted by web');
      expect(received(kit, 'inviteeAccepted')).toMatchObject([
        { data: { cmd: 'requestRoomPK', stream_id: 'web_stream' } },
      ]);
      if (platform === 'iOS') expect(kit.callbacks).toContain('pk stream web_stream');
      expect(web.room.getSnapshot().room?.roomInfo.roomStatus).toBe(RoomStatus.PK);
      await step(world, () => kit.quitRoomPK());
      expect(web.of('onQuitRoomPK')).toHaveLength(1);
      expect(web.room.getSnapshot().room?.roomInfo.roomStatus).toBe(RoomStatus.SINGLE);
    });

    it('the kit asks and cancels: our late answer fails cleanly; the kit asks again, we refuse', async () => {
      const { world, web, kit } = await setUp(platform);
      await bothLive(world, web, kit);
      await step(world, () => kit.requestRoomPK(WEB_ROOM, 'web', 30));
      await step(world, () => kit.cancelRequestRoomPK('web'));
      const late = web.room.responseRoomPK({ userId: 'kit', isAgree: true, reason: '' });
      await expect(late).rejects.toMatchObject({ code: ErrorCode.INVALID_STATE });
      await step(world, () => kit.requestRoomPK(WEB_ROOM, 'web', 30));
      await step(world, () => web.room.responseRoomPK({ userId: 'kit', isAgree: false, reason: 'later' }));
      expect(kit.callbacks).toContain('requestRoomPK rejected by web');
      expect(web.room.getSnapshot().room?.roomInfo.roomStatus).toBe(RoomStatus.SINGLE);
    });
  });
});
