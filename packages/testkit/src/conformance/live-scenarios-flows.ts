import { ErrorCode, RoomStatus } from '@trtc-smart/core';
import { check, checkEqual, checkRejects } from './assert.js';
import { step } from './calling-party.js';
import type { LiveRoomHarness, Scenario } from './harness.js';
import {
  allStatuses,
  coHost,
  entered,
  exited,
  goLive,
  type Party,
  parties,
  statuses,
  watch,
} from './live-scenario-kit.js';

/** The seed's live flows: going live and watching, link mic, kick-out and PK, with refusals and timeouts. */
export const liveFlowScenarios: readonly Scenario<LiveRoomHarness>[] = [
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
];
