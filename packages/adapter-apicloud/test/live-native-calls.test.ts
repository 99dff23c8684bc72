import type { Rect } from '@trtc-smart/core';
import { type LiveRoomSeedModule, toLiveRoomSeedModule } from '@trtc-smart/core/seed';
import {
  type LiveParty,
  liveParty,
  loggedInLiveParties,
  type NativeCallRecord,
  step,
} from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { LIVE_ROOM_METHODS } from '../src/index.js';
import { type ApicloudWorld, apicloudHarness } from './apicloud-harness.js';

const rect: Rect = { x: 12, y: 34, w: 160.5, h: 90 };
const login = (userId: string) => ({ sdkAppId: 1_400_000_001, userId, userSig: `dev-sig-${userId}` });
const l = (method: string, params: Record<string, unknown> = {}): NativeCallRecord => ({
  module: 'liveRoom',
  method,
  params: params as NativeCallRecord['params'],
});
const c = (method: string): NativeCallRecord => ({ module: 'calling', method, params: {} });

/**
 * Where alice stands when the row's seed method is called. Owner stages are in her room 5; as
 * audience she watches bob's room 7; bob asks or co-hosts in hers; for PK bob owns room 8.
 */
type Given =
  | 'loggedOut'
  | 'outside'
  | 'previewing'
  | 'live'
  | 'watching'
  | 'linked'
  | 'requested'
  | 'coHosted'
  | 'pkRequested'
  | 'pk';

interface Row {
  readonly method: keyof LiveRoomSeedModule;
  readonly given: Given;
  readonly params?: Record<string, unknown>;
  /** The native calls alice's seed call made, in order. */
  readonly native: readonly NativeCallRecord[];
}

/** Every seed live-room method: the native method(s) it becomes and their params. */
const rows: readonly Row[] = [
  { method: 'init', given: 'loggedOut', native: [] },
  // The app's listeners live on createLiveRoom's observables; the native ones are the adapter's, set once.
  { method: 'setLiveRoomListener', given: 'outside', native: [] },
  { method: 'removeLiveRoomListener', given: 'outside', native: [] },
  { method: 'setLinkMicListener', given: 'outside', native: [] },
  { method: 'setRoomPKListener', given: 'outside', native: [] },
  { method: 'destroy', given: 'outside', native: [c('logout'), l('logout')] },
  {
    method: 'login',
    given: 'loggedOut',
    params: login('alice'),
    native: [
      { module: 'calling', method: 'init', params: {} },
      { module: 'calling', method: 'login', params: login('alice') },
      l('init'),
      l('login', login('alice')),
    ],
  },
  { method: 'logout', given: 'outside', native: [c('logout'), l('logout')] },
  {
    method: 'setSelfProfile',
    given: 'outside',
    params: { userName: 'Lucy', avatarUrl: 'lucy.png' },
    native: [l('setSelfProfile', { userName: 'Lucy', avatarUrl: 'lucy.png' })],
  },
  {
    method: 'setSelfProfile',
    given: 'outside',
    params: { userName: 'Lucy' },
    native: [l('setSelfProfile', { userName: 'Lucy' })],
  },
  {
    method: 'createRoom',
    given: 'outside',
    params: { roomId: '5', roomName: 'r', coverUrl: 'c.png' },
    native: [l('createRoom', { roomId: 5, roomName: 'r', coverUrl: 'c.png' })],
  },
  { method: 'destroyRoom', given: 'live', native: [l('destroyRoom')] },
  {
    method: 'enterRoom',
    given: 'outside',
    params: { roomId: '7' },
    native: [l('getRoomInfos', { roomIdList: [7] }), l('enterRoom', { roomId: 7 }), l('getAnchorList')],
  },
  { method: 'exitRoom', given: 'watching', native: [l('exitRoom')] },
  {
    method: 'getRoomInfos',
    given: 'outside',
    params: { roomIdList: [7, '8'] },
    native: [l('getRoomInfos', { roomIdList: [7, 8] })],
  },
  // Core answers from the room state the owner announced (the native module told it).
  { method: 'getAnchorList', given: 'watching', native: [] },
  { method: 'getAudienceList', given: 'live', native: [l('getAnchorList'), l('getAudienceList')] },
  {
    method: 'startCameraPreview',
    given: 'previewing',
    params: { isFront: false, rect },
    native: [l('startCameraPreview', { isFront: false, rect })],
  },
  { method: 'stopCameraPreview', given: 'previewing', native: [l('stopCameraPreview')] },
  {
    method: 'startPublish',
    given: 'previewing',
    params: { streamId: 'alice-stream' },
    native: [l('startPublish', { streamId: 'alice-stream' })],
  },
  // A co-host's native startPublish switches the role itself; the owner's announcement of status 2
  // that follows names no anchors, so the adapter reads them with getAnchorList.
  {
    method: 'startPublish',
    given: 'linked',
    params: { streamId: 'alice-stream' },
    native: [l('startPublish', { streamId: 'alice-stream' }), l('getAnchorList')],
  },
  { method: 'stopPublish', given: 'live', native: [l('stopPublish')] },
  {
    method: 'startPlay',
    given: 'watching',
    params: { userId: 'bob', rect },
    native: [l('startPlay', { userId: 'bob', rect })],
  },
  {
    method: 'stopPlay',
    given: 'watching',
    params: { userId: 'bob' },
    native: [l('stopPlay', { userId: 'bob' })],
  },
  {
    method: 'requestJoinAnchor',
    given: 'watching',
    params: { reason: 'let me sing' },
    native: [l('requestJoinAnchor', { reason: 'let me sing' })],
  },
  {
    method: 'responseJoinAnchor',
    given: 'requested',
    params: { userId: 'bob', isAgree: true, reason: 'ok' },
    native: [l('responseJoinAnchor', { userId: 'bob', isAgree: true, reason: 'ok' })],
  },
  {
    method: 'kickoutJoinAnchor',
    given: 'coHosted',
    params: { userId: 'bob' },
    native: [l('kickoutJoinAnchor', { userId: 'bob' })],
  },
  {
    method: 'requestRoomPK',
    given: 'live',
    params: { roomId: '8', userId: 'bob' },
    native: [l('requestRoomPK', { roomId: 8, userId: 'bob' })],
  },
  {
    method: 'requestRoomPK',
    given: 'live',
    params: { roomId: 8, roomName: 'bob' },
    native: [l('requestRoomPK', { roomId: 8, userId: 'bob' })],
  },
  {
    method: 'responseRoomPK',
    given: 'pkRequested',
    params: { userId: 'bob', isAgree: false, reason: 'not today' },
    native: [l('responseRoomPK', { userId: 'bob', isAgree: false, reason: 'not today' })],
  },
  { method: 'quitRoomPK', given: 'pk', native: [l('quitRoomPK')] },
  { method: 'switchCamera', given: 'previewing', native: [l('switchCamera')] },
  {
    method: 'setMirror',
    given: 'previewing',
    params: { isMirror: true },
    native: [l('setMirror', { isMirror: true })],
  },
  {
    method: 'muteLocalAudio',
    given: 'live',
    params: { isMute: true },
    native: [l('muteLocalAudio', { isMute: true })],
  },
  {
    method: 'muteRemoteAudio',
    given: 'watching',
    params: { userId: 'bob', isMute: true },
    native: [l('muteRemoteAudio', { userId: 'bob', isMute: true })],
  },
  {
    method: 'muteAllRemoteAudio',
    given: 'watching',
    params: { isMute: true },
    native: [l('muteAllRemoteAudio', { isMute: true })],
  },
  {
    method: 'sendRoomTextMsg',
    given: 'live',
    params: { msg: 'hi' },
    native: [l('sendRoomTextMsg', { msg: 'hi' })],
  },
  {
    method: 'sendRoomCustomMsg',
    given: 'live',
    params: { cmd: 'CMD_LIKE', msg: '1' },
    native: [l('sendRoomCustomMsg', { cmd: 'CMD_LIKE', msg: '1' })],
  },
];

async function goLive(world: ApicloudWorld, p: LiveParty<Rect>, roomId: number) {
  await step(world, () => p.room.createRoom({ roomId, roomName: `room ${roomId}`, coverUrl: '' }));
  await step(world, () => p.room.startCameraPreview({ isFront: true, view: rect }));
  await step(world, () => p.room.startPublish({ streamId: `${p.userId}-stream` }));
}

async function arrange(world: ApicloudWorld, given: Given): Promise<LiveRoomSeedModule> {
  const [bob] = await loggedInLiveParties(world, ['bob']);
  const alice = liveParty(world, 'alice');
  if (!bob) throw new Error('bob');
  if (given === 'loggedOut') return toLiveRoomSeedModule(alice.room);
  await step(world, () => alice.login());
  if (given === 'outside') {
    await goLive(world, bob, 7);
    return toLiveRoomSeedModule(alice.room);
  }
  if (given === 'watching' || given === 'linked') {
    await goLive(world, bob, 7);
    await step(world, () => alice.room.enterRoom({ roomId: 7 }));
    if (given === 'linked') {
      await step(world, () => alice.room.requestJoinAnchor({ reason: 'r' }));
      await step(world, () => bob.room.responseJoinAnchor({ userId: 'alice', isAgree: true, reason: 'ok' }));
    }
    return toLiveRoomSeedModule(alice.room);
  }
  if (given === 'previewing') {
    await step(world, () => alice.room.createRoom({ roomId: 5, roomName: 'r', coverUrl: '' }));
    await step(world, () => alice.room.startCameraPreview({ isFront: true, view: rect }));
    return toLiveRoomSeedModule(alice.room);
  }
  await goLive(world, alice, 5);
  if (given === 'live' || given === 'pkRequested' || given === 'pk') await goLive(world, bob, 8);
  if (given === 'requested' || given === 'coHosted') {
    await step(world, () => bob.room.enterRoom({ roomId: 5 }));
    await step(world, () => bob.room.requestJoinAnchor({ reason: 'r' }));
  }
  if (given === 'coHosted') {
    await step(world, () => alice.room.responseJoinAnchor({ userId: 'bob', isAgree: true, reason: 'ok' }));
    await step(world, () => bob.room.startCameraPreview({ isFront: true, view: rect }));
    await step(world, () => bob.room.startPublish({ streamId: 'bob-stream' }));
  }
  if (given === 'pkRequested' || given === 'pk') {
    await step(world, () => bob.room.requestRoomPK({ roomId: 5, userId: 'alice' }));
  }
  if (given === 'pk') {
    await step(world, () => alice.room.responseRoomPK({ userId: 'bob', isAgree: true, reason: 'go' }));
  }
  return toLiveRoomSeedModule(alice.room);
}

describe('every seed live-room method becomes the native method with the seed params', () => {
  for (const row of rows) {
    it(`${row.method}(${JSON.stringify(row.params ?? {})}) while ${row.given}`, async () => {
      const world = apicloudHarness.world();
      const alice = await arrange(world, row.given);
      const log = world.natives.get('alice')?.calls ?? [];
      const before = log.length;
      let answer: unknown;
      const seedMethod = alice[row.method] as (p: unknown, cb: (ret: unknown, err: unknown) => void) => void;
      seedMethod(row.params ?? {}, (ret, err) => {
        answer = ret ?? err;
      });
      await world.cloud.settle();
      // A listener setter's callback is the listener: it answers with events, not with {status}.
      if (!row.method.startsWith('set') || !row.method.endsWith('Listener'))
        expect(answer).toMatchObject({ status: true });
      expect(log.slice(before)).toEqual(row.native);
    });
  }

  it("has a row for each of the seed's 35 liveRoom methods", () => {
    expect(LIVE_ROOM_METHODS.filter((m) => !rows.some((r) => r.method === m))).toEqual([]);
  });
});
