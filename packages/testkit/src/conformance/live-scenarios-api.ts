import { type CallingAdapter, createCalling, createLiveRoom, ErrorCode, type Rect } from '@trtc-smart/core';
import { type SeedCallback, type SeedError, toSeedModule } from '@trtc-smart/core/seed';
import { check, checkEqual, checkRejects } from './assert.js';
import { step } from './calling-party.js';
import type { LiveRoomHarness, Scenario } from './harness.js';
import { coHost, goLive, type Party, parties, watch } from './live-scenario-kit.js';

/** The API's contract: role rules, bad params, the seed module, a shared adapter, determinism. */
export const liveApiScenarios: readonly Scenario<LiveRoomHarness>[] = [
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
