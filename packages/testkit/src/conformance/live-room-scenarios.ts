import {
  type CallingAdapter,
  createCalling,
  createLiveRoom,
  DEFAULT_RECONNECT_GRACE_MS,
  ErrorCode,
  type Rect,
  RoomStatus,
} from '@trtc-smart/core';
import { type SeedCallback, type SeedError, toSeedModule } from '@trtc-smart/core/seed';
import { check, checkEqual, checkRejects } from './assert.js';
import { step } from './calling-party.js';
import type { LiveRoomHarness, LiveRoomWorld, Scenario } from './harness.js';
import { type LiveParty, loggedInLiveParties } from './live-party.js';

/**
 * Multi-party live-room scenarios every adapter must pass, in virtual time: the seed's 9-step
 * link-mic and 6-step PK flows, refusals, timeouts, kick-out, room status, messages at scale,
 * room destruction, network loss, role rules and bad input.
 */
type Party = LiveParty;

async function parties(world: LiveRoomWorld, ...ids: string[]): Promise<Party[]> {
  return loggedInLiveParties(world, ids);
}

/** createRoom + startPublish: the owner is live with room status 1. */
async function goLive(world: LiveRoomWorld, anchor: Party, roomId: number): Promise<void> {
  await step(world, () => anchor.room.createRoom({ roomId, roomName: `room ${roomId}`, coverUrl: 'c.png' }));
  await step(world, () => anchor.room.startCameraPreview({ isFront: true, view: world.view(anchor.userId) }));
  await step(world, () => anchor.room.startPublish({ streamId: `stream-${anchor.userId}` }));
}

async function watch(world: LiveRoomWorld, audience: Party, roomId: number | string): Promise<void> {
  await step(world, () => audience.room.enterRoom({ roomId }));
}

/** Steps 1-6 of the seed's link-mic flow: request, accept, preview, publish. */
async function coHost(world: LiveRoomWorld, anchor: Party, audience: Party): Promise<void> {
  await step(world, () => audience.room.requestJoinAnchor({ reason: 'let me in' }));
  await step(world, () =>
    anchor.room.responseJoinAnchor({ userId: audience.userId, isAgree: true, reason: 'ok' }),
  );
  await step(world, () =>
    audience.room.startCameraPreview({ isFront: true, view: world.view(audience.userId) }),
  );
  await step(world, () => audience.room.startPublish({ streamId: `stream-${audience.userId}` }));
}

const allStatuses = (p: Party) => p.of('onRoomInfoChange').map((e) => e.roomInfo.roomStatus);
/**
 * The room status as it moves: every announcement of the owner is an onRoomInfoChange (as in
 * Tencent's kits), and one that only updates the anchor list (a co-host's stream id arriving after
 * its stream, on the web) repeats the status; a repeat is no transition.
 */
const statuses = (p: Party) => allStatuses(p).filter((s, i, all) => i === 0 || s !== all[i - 1]);
const entered = (p: Party) => p.of('onAnchorEnter').map((e) => e.userId);
const exited = (p: Party) => p.of('onAnchorExit').map((e) => e.userId);

/** The live-room behaviour every adapter must show. */
export const liveRoomScenarios: readonly Scenario<LiveRoomHarness>[] = [
  {
    name: 'an anchor goes live; the audience enters by a numeric-string room id, sees the anchor and the room',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await parties(world, 'anchor', 'viewer')) as [Party, Party];
      await step(world, () => a.room.setSelfProfile({ userName: 'Lucy', avatarUrl: 'lucy.png' }));
      await goLive(world, a, 1001);
      checkEqual(a.status(), 'live', 'anchor status');
      await watch(world, b, '1001');
      checkEqual(b.status(), 'watching', 'audience status');
      checkEqual(entered(b), ['anchor'], 'onAnchorEnter at the audience');
      checkEqual(
        a.of('onAudienceEnter'),
        [{ eventType: 'onAudienceEnter', userInfo: { userId: 'viewer', userName: '', avatarUrl: '' } }],
        'onAudienceEnter at the anchor',
      );
      const { roomList } = await step(world, () => b.room.getRoomInfos({ roomIdList: [1001, '4242'] }));
      checkEqual(
        roomList,
        [
          {
            roomId: '1001',
            roomName: 'room 1001',
            coverUrl: 'c.png',
            ownerId: 'anchor',
            ownerName: 'Lucy',
            memberCount: 2,
            roomStatus: RoomStatus.SINGLE,
            streamUrl: 'stream-anchor',
          },
        ],
        'getRoomInfos (unknown ids left out)',
      );
      const anchors = await step(world, () => b.room.getAnchorList());
      checkEqual(
        anchors.userList.map((u) => [u.userId, u.userName]),
        [['anchor', 'Lucy']],
        'getAnchorList',
      );
      const audience = await step(world, () => a.room.getAudienceList());
      checkEqual(
        audience.userList.map((u) => u.userId),
        ['viewer'],
        'getAudienceList',
      );
      await step(world, () => b.room.startPlay({ userId: 'anchor', view: world.view('viewer') }));
      await step(world, () => b.room.exitRoom());
      checkEqual(b.status(), 'outside', 'audience left');
      checkEqual(
        a.of('onAudienceExit').map((e) => e.userInfo.userId),
        ['viewer'],
        'onAudienceExit',
      );
    },
  },
  {
    name: "link mic, the seed's 9 steps: a second co-host sees the first; room status 1 -> 2 -> 1 with onRoomInfoChange",
    async run(harness) {
      const world = harness.world();
      const [a, b, c, d] = (await parties(world, 'anchor', 'bob', 'carol', 'dave')) as [
        Party,
        Party,
        Party,
        Party,
      ];
      await goLive(world, a, 7);
      for (const p of [b, c, d]) await watch(world, p, 7);
      // 1. the audience asks; 2. the anchor hears it.
      await step(world, () => b.room.requestJoinAnchor({ reason: 'sing along' }));
      checkEqual(b.status(), 'requesting', 'requester status');
      checkEqual(
        a.of('onRequestJoinAnchor'),
        [
          {
            eventType: 'onRequestJoinAnchor',
            userInfo: { userId: 'bob', userName: '', avatarUrl: '' },
            reason: 'sing along',
            timeout: 10,
          },
        ],
        'onRequestJoinAnchor',
      );
      // 3. the anchor agrees; 4. the requester's link-mic listener hears it.
      await step(world, () => a.room.responseJoinAnchor({ userId: 'bob', isAgree: true, reason: 'welcome' }));
      checkEqual(b.linkMic, [{ eventType: 'onSuccess', reason: 'welcome' }], 'link-mic onSuccess');
      checkEqual(b.status(), 'linked', 'accepted');
      // 5. preview; 6. publish; 7. the anchor hears the co-host arrive; 8. and plays it.
      await step(world, () => b.room.startCameraPreview({ isFront: true, view: world.view('bob') }));
      await step(world, () => b.room.startPublish({ streamId: 'bob-stream' }));
      checkEqual(entered(a), ['bob'], 'onAnchorEnter at the anchor');
      await step(world, () => a.room.startPlay({ userId: 'bob', view: world.view('anchor') }));
      checkEqual(a.status(), 'linkMic', 'anchor co-hosting');
      checkEqual(statuses(d), [RoomStatus.LINK_MIC], 'the audience sees status 2');
      checkEqual(entered(d), ['anchor', 'bob'], 'the audience sees the co-host');
      // 9. a second co-host hears the first.
      await coHost(world, a, c);
      check(entered(c).includes('bob'), 'the new co-host sees the first co-host');
      checkEqual(
        (await step(world, () => d.room.getAnchorList())).userList.map((u) => u.userId),
        ['anchor', 'bob', 'carol'],
        'anchor list with co-hosts',
      );
      await step(world, () => b.room.stopPublish());
      await step(world, () => c.room.stopPublish());
      checkEqual([b.status(), c.status(), a.status()], ['watching', 'watching', 'live'], 'co-hosting over');
      checkEqual(exited(d), ['bob', 'carol'], 'the audience sees them go');
      checkEqual(statuses(d).at(-1), RoomStatus.SINGLE, 'status back to 1');
      check(
        !allStatuses(d).some((s, i, all) => i > 0 && s === all[i - 1] && s === RoomStatus.SINGLE),
        'no repeats',
      );
    },
  },
  {
    name: 'link mic refused: onFailure with the reason; the audience member watches on',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await parties(world, 'anchor', 'bob')) as [Party, Party];
      await goLive(world, a, 8);
      await watch(world, b, 8);
      await step(world, () => b.room.requestJoinAnchor({ reason: 'please' }));
      await step(world, () =>
        a.room.responseJoinAnchor({ userId: 'bob', isAgree: false, reason: 'not now' }),
      );
      checkEqual(b.linkMic, [{ eventType: 'onFailure', reason: 'not now' }], 'onFailure');
      checkEqual([a.status(), b.status()], ['live', 'watching'], 'statuses');
      await checkRejects(
        b.room.startPublish({ streamId: 'x' }),
        ErrorCode.INVALID_STATE,
        'publishing without an accepted request',
      );
    },
  },
  {
    name: 'link mic timeout: onFailure after 10 s and not before; a late answer is refused',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await parties(world, 'anchor', 'bob')) as [Party, Party];
      await goLive(world, a, 9);
      await watch(world, b, 9);
      await step(world, () => b.room.requestJoinAnchor({ reason: 'hello?' }));
      await world.cloud.advance(9_000);
      checkEqual(b.linkMic, [], 'nothing before 10 s');
      await world.cloud.advance(1_500);
      await world.cloud.settle();
      checkEqual(
        b.linkMic.map((e) => e.eventType),
        ['onFailure'],
        'onFailure after 10 s',
      );
      check(b.linkMic[0]?.reason.includes('timeout'), 'the reason says timeout');
      checkEqual(b.status(), 'watching', 'back to watching');
      await checkRejects(
        a.room.responseJoinAnchor({ userId: 'bob', isAgree: true, reason: 'late' }),
        ErrorCode.INVALID_STATE,
        'late answer',
      );
    },
  },
  {
    name: 'one request at a time: a second request of the same audience is refused; the busy anchor refuses another',
    async run(harness) {
      const world = harness.world();
      const [a, b, c] = (await parties(world, 'anchor', 'bob', 'carol')) as [Party, Party, Party];
      await goLive(world, a, 10);
      await watch(world, b, 10);
      await watch(world, c, 10);
      await step(world, () => b.room.requestJoinAnchor({ reason: 'one' }));
      await checkRejects(
        b.room.requestJoinAnchor({ reason: 'two' }),
        ErrorCode.INVALID_STATE,
        'second request',
      );
      await step(world, () => c.room.requestJoinAnchor({ reason: 'me too' }));
      checkEqual(
        c.linkMic.map((e) => e.eventType),
        ['onFailure'],
        'the busy anchor refuses',
      );
      check(c.linkMic[0]?.reason.includes('another request'), 'the reason says busy');
      checkEqual(a.of('onRequestJoinAnchor').length, 1, 'the anchor saw one request');
      await step(world, () => a.room.responseJoinAnchor({ userId: 'bob', isAgree: true, reason: 'ok' }));
      checkEqual(
        b.linkMic.map((e) => e.eventType),
        ['onSuccess'],
        'the first request goes on',
      );
    },
  },
  {
    name: 'kick-out: the co-host gets onKickoutJoinAnchor and stops; everyone sees it leave; status 2 -> 1',
    async run(harness) {
      const world = harness.world();
      const [a, b, d] = (await parties(world, 'anchor', 'bob', 'dave')) as [Party, Party, Party];
      await goLive(world, a, 11);
      await watch(world, b, 11);
      await watch(world, d, 11);
      await coHost(world, a, b);
      await checkRejects(
        a.room.kickoutJoinAnchor({ userId: 'dave' }),
        ErrorCode.INVALID_STATE,
        'kicking a non-co-host',
      );
      await step(world, () => a.room.kickoutJoinAnchor({ userId: 'bob' }));
      await world.cloud.settle();
      checkEqual(b.of('onKickoutJoinAnchor').length, 1, 'onKickoutJoinAnchor');
      checkEqual([a.status(), b.status()], ['live', 'watching'], 'statuses');
      checkEqual(exited(a), ['bob'], 'the anchor sees the co-host go');
      checkEqual(exited(d), ['bob'], 'the audience sees the co-host go');
      checkEqual(statuses(d), [RoomStatus.LINK_MIC, RoomStatus.SINGLE], 'status 2 -> 1');
    },
  },
  {
    name: "PK, the seed's 6 steps: both rooms see the other anchor; status 1 -> 3 -> 1; quit tells the other side",
    async run(harness) {
      const world = harness.world();
      const [a, b, x, y] = (await parties(world, 'annie', 'bella', 'xavier', 'yuki')) as [
        Party,
        Party,
        Party,
        Party,
      ];
      await goLive(world, a, 21);
      await goLive(world, b, 22);
      await watch(world, x, 21);
      await watch(world, y, 22);
      // 1. A asks; 2. B hears it.
      await step(world, () => a.room.requestRoomPK({ roomId: '22', userId: 'bella' }));
      checkEqual([a.status(), b.status()], ['requestingPK', 'respondingPK'], 'A asks, B answers');
      checkEqual(
        b.of('onRequestRoomPK'),
        [
          {
            eventType: 'onRequestRoomPK',
            userInfo: { userId: 'annie', userName: '', avatarUrl: '' },
            timeout: 10,
          },
        ],
        'onRequestRoomPK',
      );
      // 3. B agrees; 4. B sees A enter; 5. A's PK listener hears it; 6. A sees B enter.
      await step(world, () => b.room.responseRoomPK({ userId: 'annie', isAgree: true, reason: 'fight' }));
      await world.cloud.settle();
      checkEqual(a.roomPK, [{ eventType: 'onSuccess', reason: 'fight' }], 'PK onSuccess');
      checkEqual([a.status(), b.status()], ['inPK', 'inPK'], 'both in PK');
      checkEqual([entered(a), entered(b)], [['bella'], ['annie']], 'each anchor sees the other');
      await step(world, () => a.room.startPlay({ userId: 'bella', view: world.view('annie') }));
      await step(world, () => b.room.startPlay({ userId: 'annie', view: world.view('bella') }));
      checkEqual(
        [entered(x), entered(y)],
        [
          ['annie', 'bella'],
          ['bella', 'annie'],
        ],
        'audiences see both',
      );
      checkEqual([statuses(x), statuses(y)], [[RoomStatus.PK], [RoomStatus.PK]], 'status 3 in both rooms');
      await step(world, () => b.room.quitRoomPK());
      await world.cloud.settle();
      checkEqual(a.of('onQuitRoomPK').length, 1, 'onQuitRoomPK at the other anchor');
      checkEqual(b.of('onQuitRoomPK').length, 0, 'not at the one who quit');
      checkEqual([a.status(), b.status()], ['live', 'live'], 'both live again');
      checkEqual(
        [exited(a), exited(b), exited(x)],
        [['bella'], ['annie'], ['bella']],
        'the other anchor leaves',
      );
      checkEqual(
        [statuses(x).at(-1), statuses(y).at(-1)],
        [RoomStatus.SINGLE, RoomStatus.SINGLE],
        'back to 1',
      );
    },
  },
  {
    name: 'PK refused, PK unanswered (10 s), and auto-refused when the anchor is already in PK',
    async run(harness) {
      const world = harness.world();
      const [a, b, c] = (await parties(world, 'annie', 'bella', 'cara')) as [Party, Party, Party];
      await goLive(world, a, 31);
      await goLive(world, b, 32);
      await goLive(world, c, 33);
      await step(world, () => a.room.requestRoomPK({ roomId: 32, roomName: 'bella' }));
      await step(world, () => b.room.responseRoomPK({ userId: 'annie', isAgree: false, reason: 'busy day' }));
      checkEqual(a.roomPK, [{ eventType: 'onFailure', reason: 'busy day' }], 'refused');
      checkEqual(a.status(), 'live', 'live after the refusal');
      await step(world, () => a.room.requestRoomPK({ roomId: 32, userId: 'bella' }));
      await world.cloud.advance(10_500);
      await world.cloud.settle();
      checkEqual(
        a.roomPK.map((e) => e.eventType),
        ['onFailure', 'onFailure'],
        'unanswered',
      );
      check(a.roomPK[1]?.reason.includes('timeout'), 'timeout reason');
      await step(world, () => a.room.requestRoomPK({ roomId: 32, userId: 'bella' }));
      await step(world, () => b.room.responseRoomPK({ userId: 'annie', isAgree: true, reason: 'now' }));
      await world.cloud.settle();
      await step(world, () => c.room.requestRoomPK({ roomId: 31, userId: 'annie' }));
      checkEqual(
        c.roomPK.map((e) => e.eventType),
        ['onFailure'],
        'auto-refused',
      );
      check(c.roomPK[0]?.reason.includes('PK'), 'the reason says PK');
      checkEqual(a.of('onRequestRoomPK').length, 0, 'the anchor in PK was not asked');
      checkEqual(a.status(), 'inPK', 'PK untouched');
    },
  },
  {
    name: 'room messages with 10,000 audience members: each arrives exactly once, in order per sender',
    async run(harness) {
      // Nothing here reads the trace, and recording 60,000 hops would cost more than making them.
      const world = harness.world({ jitterMs: 15, trace: false });
      const [a, s, w] = (await parties(world, 'anchor', 'speaker', 'watcher')) as [Party, Party, Party];
      await goLive(world, a, 50);
      await watch(world, s, 50);
      await watch(world, w, 50);
      // The crowd joins at the port level (what a createLiveRoom does on enterRoom), so the run
      // measures the adapter's fan-out, not 10,000 state machines; `watcher` checks core on top.
      const crowd = Array.from({ length: 10_000 }, (_, i) => {
        const userId = `v${i}`;
        const adapter = world.adapter(userId);
        const heard: string[] = [];
        adapter.liveSignaling.events$.subscribe((e) => {
          if (e.type === 'roomMessage')
            heard.push(e.message.kind === 'text' ? e.message.text : e.message.message);
        });
        return { userId, adapter, heard };
      });
      const joins = Promise.all(
        crowd.map(async ({ userId, adapter }) => {
          await adapter.session.login({
            sdkAppId: world.sdkAppId,
            userId,
            userSig: await world.userSig(userId),
          });
          await adapter.liveSignaling.enterRoom({ roomId: 50 });
          await adapter.liveMedia.enterRoom({ roomId: 50, userId, role: 'audience' });
        }),
      );
      await world.cloud.settle();
      await joins;
      const sends: Promise<void>[] = [];
      for (let i = 0; i < 5; i++) {
        sends.push(a.room.sendRoomTextMsg({ msg: `a${i}` }));
        sends.push(s.room.sendRoomCustomMsg({ cmd: 'CMD_LIKE', msg: `s${i}` }));
      }
      await world.cloud.settle();
      await Promise.all(sends);
      const expected = (prefix: string) => [0, 1, 2, 3, 4].map((i) => `${prefix}${i}`).join();
      for (const { userId, heard } of crowd) {
        const fromA = heard.filter((m) => m.startsWith('a')).join();
        const fromS = heard.filter((m) => m.startsWith('s')).join();
        if (heard.length !== 10 || fromA !== expected('a') || fromS !== expected('s')) {
          checkEqual(heard, ['a0..a4 and s0..s4, each once, in order per sender'], `messages at ${userId}`);
        }
      }
      checkEqual(
        w
          .of('onRecvRoomTextMsg')
          .map((e) => e.message)
          .join(),
        expected('a'),
        "the watcher's onRecvRoomTextMsg",
      );
      checkEqual(
        w.of('onRecvRoomCustomMsg')[0],
        {
          eventType: 'onRecvRoomCustomMsg',
          fromUser: { userId: 'speaker', userName: '', avatarUrl: '' },
          cmd: 'CMD_LIKE',
          command: 'CMD_LIKE',
          message: 's0',
        },
        'custom message carries cmd and command',
      );
      checkEqual(a.of('onRecvRoomCustomMsg').length, 5, "the anchor hears the speaker's messages");
      checkEqual(a.of('onRecvRoomTextMsg').length, 0, 'a sender does not hear itself');
    },
  },
  {
    name: 'destroyRoom: every audience member gets onRoomDestroy within one trip; the room is gone',
    async run(harness) {
      const world = harness.world({ latencyMs: 30 });
      const [a, b, c] = (await parties(world, 'anchor', 'bob', 'carol')) as [Party, Party, Party];
      await goLive(world, a, 60);
      await watch(world, b, 60);
      await watch(world, c, 60);
      const t0 = world.cloud.clock.now();
      const destroying = a.room.destroyRoom();
      const seenAt: number[] = [];
      for (const p of [b, c])
        p.room.events$.subscribe(
          (e) => e.eventType === 'onRoomDestroy' && seenAt.push(world.cloud.clock.now()),
        );
      await world.cloud.settle();
      await destroying;
      checkEqual(
        [b.of('onRoomDestroy'), c.of('onRoomDestroy')],
        [[{ eventType: 'onRoomDestroy', roomId: 60 }], [{ eventType: 'onRoomDestroy', roomId: 60 }]],
        'onRoomDestroy with an integer roomId',
      );
      check(
        seenAt.every((t) => t - t0 <= 8 * 30),
        `within bounded time (${seenAt.map((t) => t - t0).join(', ')} ms)`,
      );
      checkEqual([a.status(), b.status(), c.status()], ['outside', 'outside', 'outside'], 'everyone outside');
      const { roomList } = await step(world, () => b.room.getRoomInfos({ roomIdList: [60] }));
      checkEqual(roomList, [], 'the room is gone');
    },
  },
  {
    name: 'the anchor drops off the network for longer than the reconnect grace: the audience gets onAnchorExit and onRoomDestroy and is out; the anchor gets onError',
    async run(harness) {
      const world = harness.world();
      const [a, b, c] = (await parties(world, 'anchor', 'bob', 'carol')) as [Party, Party, Party];
      await goLive(world, a, 70);
      await watch(world, b, 70);
      await watch(world, c, 70);
      await coHost(world, a, c);
      world.cloud.network.partition('anchor');
      // The audience's grace runs from when the room dropped the anchor's stream (the media timeout).
      await world.cloud.advance(DEFAULT_RECONNECT_GRACE_MS + 10_000);
      await world.cloud.settle();
      checkEqual(exited(b), ['anchor'], 'onAnchorExit at the audience');
      for (const p of [b, c]) {
        checkEqual(
          p.events.filter((e) => e.eventType === 'onRoomDestroy').length,
          1,
          `onRoomDestroy at ${p.userId}`,
        );
        checkEqual(p.status(), 'outside', `${p.userId} is not left in the dead room`);
      }
      const { roomList } = await step(world, () => b.room.getRoomInfos({ roomIdList: [70] }));
      checkEqual(
        roomList.map((r) => r.memberCount),
        [1],
        'the audience left the IM room (only the unreachable owner is counted)',
      );
      checkEqual(
        a.of('onError').map((e) => e.code),
        [ErrorCode.NETWORK_LOST],
        'onError at the anchor',
      );
      checkEqual(a.status(), 'outside', 'the anchor is out of its room');
      world.cloud.network.heal('anchor');
      await world.cloud.settle();
    },
  },
  {
    name: 'role rules: each method outside its role is refused with INVALID_STATE naming the rule, and changes nothing',
    async run(harness) {
      const world = harness.world();
      const [a, b, o] = (await parties(world, 'anchor', 'bob', 'olga')) as [Party, Party, Party];
      await goLive(world, a, 80);
      await watch(world, b, 80);
      const refusals: [Party, string, () => Promise<unknown>][] = [
        [b, 'destroyRoom', () => b.room.destroyRoom()],
        [b, 'kickoutJoinAnchor', () => b.room.kickoutJoinAnchor({ userId: 'anchor' })],
        [b, 'requestRoomPK', () => b.room.requestRoomPK({ roomId: 81, userId: 'olga' })],
        [
          b,
          'responseJoinAnchor',
          () => b.room.responseJoinAnchor({ userId: 'anchor', isAgree: true, reason: '' }),
        ],
        [b, 'startPublish', () => b.room.startPublish({ streamId: 'b' })],
        [b, 'createRoom', () => b.room.createRoom({ roomId: 82, roomName: 'x', coverUrl: '' })],
        [a, 'exitRoom', () => a.room.exitRoom()],
        [a, 'requestJoinAnchor', () => a.room.requestJoinAnchor({ reason: '' })],
        [a, 'quitRoomPK', () => a.room.quitRoomPK()],
        [a, 'responseRoomPK', () => a.room.responseRoomPK({ userId: 'olga', isAgree: true, reason: '' })],
        [a, 'enterRoom', () => a.room.enterRoom({ roomId: 80 })],
        [o, 'sendRoomTextMsg', () => o.room.sendRoomTextMsg({ msg: 'hi' })],
        [o, 'getAnchorList', () => o.room.getAnchorList()],
        [o, 'startPlay', () => o.room.startPlay({ userId: 'anchor', view: world.view('olga') })],
        [o, 'exitRoom', () => o.room.exitRoom()],
        [o, 'stopPublish', () => o.room.stopPublish()],
      ];
      for (const [p, method, run] of refusals) {
        const before = p.room.getSnapshot();
        const error = await checkRejects(run(), ErrorCode.INVALID_STATE, `${p.userId}.${method}`);
        check(
          error.message.startsWith(`${method}: not allowed while`),
          `${method} names itself: ${error.message}`,
        );
        check(error.message.includes('('), `${method} names the rule: ${error.message}`);
        check(p.room.getSnapshot() === before, `${method} changed nothing`);
      }
      const again = await checkRejects(
        o.room.login({ sdkAppId: world.sdkAppId, userId: 'olga', userSig: 'x' }),
        ErrorCode.INVALID_STATE,
        'olga.login again',
      );
      checkEqual(again.message, 'login: already logged in as olga', 'a second login names the user');
      await step(world, () => o.room.logout());
      await checkRejects(
        o.room.createRoom({ roomId: 83, roomName: 'x', coverUrl: '' }),
        ErrorCode.NOT_LOGGED_IN,
        'logged out',
      );
      await checkRejects(o.room.switchCamera(), ErrorCode.NOT_LOGGED_IN, 'logged out switchCamera');
    },
  },
  {
    name: 'bad params: every method names the field and the rule, and changes nothing',
    async run(harness) {
      const world = harness.world();
      const [a, b] = (await parties(world, 'anchor', 'bob')) as [Party, Party];
      await goLive(world, a, 90);
      await watch(world, b, 90);
      const view = world.view('anchor');
      const cases: [Party, string, string, () => Promise<unknown>][] = [
        [b, 'login', 'sdkAppId', () => b.room.login({ sdkAppId: -1, userId: 'bob', userSig: 'x' })],
        [b, 'setSelfProfile', 'userName', () => b.room.setSelfProfile({ userName: 7 } as never)],
        [b, 'createRoom', 'roomId', () => b.room.createRoom({ roomId: '12a', roomName: 'x', coverUrl: '' })],
        [
          b,
          'createRoom',
          'roomName',
          () => b.room.createRoom({ roomId: 5, roomName: 'x'.repeat(31), coverUrl: '' }),
        ],
        [b, 'createRoom', 'coverUrl', () => b.room.createRoom({ roomId: 5, roomName: 'x' } as never)],
        [b, 'enterRoom', 'roomId', () => b.room.enterRoom({ roomId: 0 })],
        [b, 'getRoomInfos', 'roomIdList', () => b.room.getRoomInfos({ roomIdList: [] })],
        [b, 'getRoomInfos', 'roomIdList[1]', () => b.room.getRoomInfos({ roomIdList: [1, -2] })],
        [a, 'startCameraPreview', 'isFront', () => a.room.startCameraPreview({ view } as never)],
        [
          a,
          'startCameraPreview',
          'view',
          () => a.room.startCameraPreview({ isFront: true, view: { x: 1 } } as never),
        ],
        [a, 'startPublish', 'streamId', () => a.room.startPublish({ streamId: '' })],
        [a, 'startPlay', 'userId', () => a.room.startPlay({ userId: 'bad id', view })],
        [a, 'stopPlay', 'userId', () => a.room.stopPlay({} as never)],
        [b, 'requestJoinAnchor', 'reason', () => b.room.requestJoinAnchor({} as never)],
        [
          a,
          'responseJoinAnchor',
          'isAgree',
          () => a.room.responseJoinAnchor({ userId: 'bob', reason: '' } as never),
        ],
        [a, 'kickoutJoinAnchor', 'userId', () => a.room.kickoutJoinAnchor({ userId: '' })],
        [a, 'requestRoomPK', 'roomId', () => a.room.requestRoomPK({ roomId: 'x', userId: 'bob' })],
        [a, 'requestRoomPK', 'userId', () => a.room.requestRoomPK({ roomId: 1, userId: 'anchor' })],
        [
          a,
          'responseRoomPK',
          'reason',
          () => a.room.responseRoomPK({ userId: 'bob', isAgree: true } as never),
        ],
        [a, 'setMirror', 'isMirror', () => a.room.setMirror({ isMirror: 'yes' } as never)],
        [a, 'muteLocalAudio', 'isMute', () => a.room.muteLocalAudio({} as never)],
        [a, 'muteRemoteAudio', 'userId', () => a.room.muteRemoteAudio({ isMute: true } as never)],
        [a, 'muteAllRemoteAudio', 'isMute', () => a.room.muteAllRemoteAudio({ isMute: 1 } as never)],
        [a, 'sendRoomTextMsg', 'msg', () => a.room.sendRoomTextMsg({ msg: '' })],
        [a, 'sendRoomTextMsg', 'msg', () => a.room.sendRoomTextMsg({ msg: 'x'.repeat(12 * 1024 + 1) })],
        [a, 'sendRoomCustomMsg', 'cmd', () => a.room.sendRoomCustomMsg({ msg: 'x' } as never)],
        [a, 'sendRoomCustomMsg', 'msg', () => a.room.sendRoomCustomMsg({ cmd: 'c' } as never)],
        // TUILiveRoom's spellings: a hint, not "must be 1-32 characters".
        [b, 'login', 'userID', () => b.room.login({ sdkAppId: 1, userID: 'bob', userSig: 'x' } as never)],
        [a, 'startPlay', 'userID', () => a.room.startPlay({ userID: 'bob', view } as never)],
        [a, 'kickoutJoinAnchor', 'userID', () => a.room.kickoutJoinAnchor({ userID: 'bob' } as never)],
        [a, 'requestRoomPK', 'roomID', () => a.room.requestRoomPK({ roomID: 1, userId: 'bob' } as never)],
      ];
      for (const [p, method, field, run] of cases) {
        const before = p.room.getSnapshot();
        const error = await checkRejects(run(), ErrorCode.INVALID_PARAMETER, `${method} ${field}`);
        check(error.message.startsWith(`${field}: `), `${method} names ${field}: ${error.message}`);
        const hint = `did you mean ${field.replace('ID', 'Id')}?`;
        check(!field.includes('ID') || error.message.endsWith(hint), `${method} asks: ${error.message}`);
        check(p.room.getSnapshot() === before, `${method} changed nothing`);
      }
    },
  },
  {
    name: 'the seed module (toSeedModule(liveRoom)): init, listeners, list getters with data beside status, errors as {code, msg}',
    async run(harness) {
      const world = harness.world();
      const seed = (id: string) => {
        // The seed's own spelling: one toSeedModule for the calling and the live-room object.
        const mod = toSeedModule(createLiveRoom({ adapter: world.adapter(id) }));
        const heard: unknown[] = [];
        const linkMic: unknown[] = [];
        mod.setLiveRoomListener({}, (ret) => heard.push(ret));
        mod.setLinkMicListener({}, (ret) => linkMic.push(ret));
        return { mod, heard, linkMic };
      };
      const call = <P, R>(fn: (p: P, cb: SeedCallback<R>) => void, params?: P) =>
        step(
          world,
          () =>
            new Promise<{ ret: R | null; err: SeedError | undefined }>((resolve) =>
              fn(params ?? ({} as P), (ret, err) => resolve({ ret, err })),
            ),
        );
      const a = seed('anchor');
      const b = seed('bob');
      for (const [p, id] of [
        [a, 'anchor'],
        [b, 'bob'],
      ] as const) {
        checkEqual((await call(p.mod.init)).ret, { status: true }, 'init');
        const sig = await world.userSig(id);
        checkEqual(
          (await call(p.mod.login, { sdkAppId: world.sdkAppId, userId: id, userSig: sig })).ret,
          { status: true },
          'login',
        );
      }
      await call(a.mod.createRoom, { roomId: 1, roomName: 'r', coverUrl: '' });
      await call(a.mod.startCameraPreview, { isFront: true, rect: world.view('anchor') as Rect });
      await call(a.mod.startPublish, { streamId: 's' });
      await call(b.mod.enterRoom, { roomId: '1' });
      checkEqual(b.heard, [{ eventType: 'onAnchorEnter', userId: 'anchor' }], 'listener event');
      const anchors = await call(b.mod.getAnchorList);
      checkEqual(
        anchors.ret,
        { status: true, userList: [{ userId: 'anchor', userName: '', avatarUrl: '' }] },
        'getAnchorList ret',
      );
      const rooms = (await call(b.mod.getRoomInfos, { roomIdList: [1] })).ret as {
        status: boolean;
        roomList: unknown[];
      };
      checkEqual([rooms.status, rooms.roomList.length], [true, 1], 'getRoomInfos ret');
      const bad = await call(b.mod.enterRoom, { roomId: 'abc' });
      checkEqual(bad.ret, null, 'no ret on error');
      checkEqual((bad.err as { code: number }).code, ErrorCode.INVALID_PARAMETER, 'err.code');
      check(typeof (bad.err as { msg: unknown }).msg === 'string', 'err.msg');
      await call(b.mod.requestJoinAnchor, { reason: 'r' });
      await call(a.mod.responseJoinAnchor, { userId: 'bob', isAgree: true, reason: 'yes' });
      checkEqual(b.linkMic, [{ eventType: 'onSuccess', reason: 'yes' }], 'link-mic listener');
      await call(b.mod.removeLiveRoomListener);
      await call(a.mod.sendRoomTextMsg, { msg: 'after removal' });
      checkEqual(b.heard.length, 1, 'a removed listener hears nothing');
      checkEqual((await call(a.mod.destroy)).ret, { status: true }, 'destroy');
    },
  },
  {
    name: 'one adapter object serves a calling and a live room at once',
    async run(harness) {
      const world = harness.world();
      const adapter = world.adapter('anchor');
      // A platform adapter may implement both contracts on one object (the testkit's does).
      const both = adapter as typeof adapter & CallingAdapter;
      const live = createLiveRoom({ adapter: both });
      const calling = createCalling({ adapter: both });
      const sig = await world.userSig('anchor');
      await step(world, () => live.login({ sdkAppId: world.sdkAppId, userId: 'anchor', userSig: sig }));
      await step(world, () => calling.login({ sdkAppId: world.sdkAppId, userId: 'anchor', userSig: sig }));
      await step(world, () => live.createRoom({ roomId: 5, roomName: 'both', coverUrl: '' }));
      checkEqual(
        [live.getSnapshot().status, calling.getSnapshot().status],
        ['previewing', 'idle'],
        'both usable',
      );
    },
  },
  {
    name: 'the same seed gives the same trace and the same events',
    async run(harness) {
      const once = async () => {
        const world = harness.world({ seed: 5, jitterMs: 10 });
        const [a, b] = (await parties(world, 'anchor', 'bob')) as [Party, Party];
        await goLive(world, a, 3);
        await watch(world, b, 3);
        await coHost(world, a, b);
        await step(world, () => a.room.sendRoomTextMsg({ msg: 'hi' }));
        return { trace: world.cloud.exportTrace(), events: JSON.stringify([a.events, b.events, b.linkMic]) };
      };
      const [first, second] = [await once(), await once()];
      checkEqual(first.events, second.events, 'events');
      check(first.trace === second.trace, 'traces are identical');
    },
  },
];
