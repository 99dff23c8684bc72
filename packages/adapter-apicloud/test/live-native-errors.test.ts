import { ErrorCode, type Rect } from '@trtc-smart/core';
import { type LiveParty, loggedInLiveParties, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { type ApicloudWorld, apicloudHarness, nativeOf, rejection } from './apicloud-harness.js';

const rect: Rect = { x: 0, y: 0, w: 100, h: 200 };

/** The anchor is live in room 7 and the viewer watches it. */
async function watching(): Promise<{ world: ApicloudWorld; a: LiveParty<Rect>; v: LiveParty<Rect> }> {
  const world = apicloudHarness.world();
  const [a, v] = await loggedInLiveParties(world, ['anchor', 'viewer']);
  if (!a || !v) throw new Error('parties');
  await step(world, () => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
  await step(world, () => a.room.startCameraPreview({ isFront: true, view: rect }));
  await step(world, () => a.room.startPublish({ streamId: 's' }));
  await step(world, () => v.room.enterRoom({ roomId: 7 }));
  return { world, a, v };
}

describe('native live-room method callbacks', () => {
  it('a native err on createRoom fails it with the native code kept; core stays outside', async () => {
    const world = apicloudHarness.world();
    const [a] = await loggedInLiveParties(world, ['anchor']);
    if (!a) throw new Error('anchor');
    nativeOf(world, 'anchor').failNext('liveRoom', 'createRoom', {
      kind: 'err',
      code: 10021,
      msg: 'group id used',
    });
    const error = await rejection(
      step(world, () => a.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' })),
    );
    expect(error).toMatchObject({
      code: ErrorCode.ADAPTER_FAILURE,
      message: 'liveRoom.createRoom failed: group id used (native code 10021)',
      cause: { code: 10021, message: 'group id used' },
    });
    expect(a.status()).toBe('outside');
  });

  it('a native enterRoom that never answers fails after the callback timeout and is left natively', async () => {
    const { world, a } = await watching();
    // Core's own deadline (loginTimeoutSec) beyond the adapter's 30 s callback timeout, so that one fires.
    const [late] = await loggedInLiveParties(world, ['late'], { loginTimeoutSec: 60 });
    if (!late) throw new Error('late');
    nativeOf(world, 'late').failNext('liveRoom', 'enterRoom', { kind: 'silent' });
    const error = await rejection(step(world, () => late.room.enterRoom({ roomId: 7 })));
    expect(error).toMatchObject({
      code: ErrorCode.MALFORMED_ADAPTER_DATA,
      message: 'liveRoom.enterRoom: the native module did not call back within 30000 ms',
    });
    expect(late.status()).toBe('outside');
    expect(nativeOf(world, 'late').calls.at(-1)).toEqual({
      module: 'liveRoom',
      method: 'exitRoom',
      params: {},
    });
    expect(a.status()).toBe('live');
  });

  it('entering a room that does not exist is NOT_FOUND and enters nothing natively', async () => {
    const { world, v } = await watching();
    await step(world, () => v.room.exitRoom());
    const error = await rejection(step(world, () => v.room.enterRoom({ roomId: 99 })));
    expect(error).toMatchObject({ code: ErrorCode.NOT_FOUND, message: 'enterRoom: room 99 does not exist' });
    expect(nativeOf(world, 'viewer').calls.at(-1)).toMatchObject({ method: 'getRoomInfos' });
  });

  it('a malformed roomList fails getRoomInfos with MALFORMED_ADAPTER_DATA naming the field and the rule', async () => {
    const { world, v } = await watching();
    nativeOf(world, 'viewer').failNext('liveRoom', 'getRoomInfos', {
      kind: 'callback',
      args: [{ status: true, roomList: [{ roomId: '7', roomName: 'r', coverUrl: '', ownerId: 'anchor' }] }],
    });
    const error = await rejection(step(world, () => v.room.getRoomInfos({ roomIdList: [7] })));
    expect(error).toMatchObject({
      code: ErrorCode.MALFORMED_ADAPTER_DATA,
      message: 'getRoomInfos.roomList[0].memberCount: must be an integer',
    });
  });

  it('a malformed list answer fails getAudienceList and changes nothing', async () => {
    const { world, a } = await watching();
    nativeOf(world, 'anchor').failNext('liveRoom', 'getAudienceList', {
      kind: 'callback',
      args: [{ status: true, userList: [{ userId: '', userName: '', avatarUrl: '' }] }],
    });
    const before = a.room.getSnapshot();
    const error = await rejection(step(world, () => a.room.getAudienceList()));
    expect(error).toMatchObject({
      code: ErrorCode.MALFORMED_ADAPTER_DATA,
      message: 'getAudienceList.userList[0].userId: must be a userId',
    });
    expect(a.room.getSnapshot()).toBe(before);
  });
});

describe('native live-room listener events', () => {
  const user = { userId: 'bob', userName: 'Bob', avatarUrl: '' };
  const bad: readonly [
    string,
    'setLiveRoomListener' | 'setLinkMicListener' | 'setRoomPKListener',
    unknown,
    string,
  ][] = [
    [
      'an unknown eventType',
      'setLiveRoomListener',
      { eventType: 'onNew' },
      'live-room listener: unknown eventType "onNew"',
    ],
    [
      'a wrong-typed userId',
      'setLiveRoomListener',
      { eventType: 'onAnchorEnter', userId: 42 },
      'onAnchorEnter.userId: must be a userId',
    ],
    [
      'a room status out of range',
      'setLiveRoomListener',
      {
        eventType: 'onRoomInfoChange',
        roomInfo: {
          roomId: '7',
          roomName: 'r',
          coverUrl: '',
          ownerId: 'anchor',
          ownerName: '',
          memberCount: 2,
          roomStatus: 7,
          streamUrl: 's',
        },
      },
      'onRoomInfoChange.roomInfo.roomStatus: must be 0, 1, 2 or 3',
    ],
    [
      'a roomId that is no room id',
      'setLiveRoomListener',
      { eventType: 'onRoomDestroy', roomId: 'seven' },
      'onRoomDestroy.roomId: must be a room id',
    ],
    [
      'a userInfo without userName',
      'setLiveRoomListener',
      { eventType: 'onAudienceEnter', userInfo: { userId: 'bob', avatarUrl: '' } },
      'onAudienceEnter.userInfo.userName: must be a string',
    ],
    [
      'a request timeout of 0',
      'setLiveRoomListener',
      { eventType: 'onRequestJoinAnchor', userInfo: user, reason: '', timeout: 0 },
      'onRequestJoinAnchor.timeout: must be a number of seconds > 0',
    ],
    [
      'a custom message without its command',
      'setLiveRoomListener',
      { eventType: 'onRecvRoomCustomMsg', fromUser: user, message: 'm' },
      'onRecvRoomCustomMsg.cmd: must be a string (or given as command)',
    ],
    [
      'a link-mic answer that is neither success nor failure',
      'setLinkMicListener',
      { eventType: 'onMaybe', reason: '' },
      'link-mic listener: unknown eventType "onMaybe"',
    ],
    [
      'a PK answer without reason',
      'setRoomPKListener',
      { eventType: 'onSuccess' },
      'onSuccess.reason: must be a string',
    ],
    [
      'neither ret nor err',
      'setLiveRoomListener',
      undefined,
      'live-room listener: the callback had neither ret {eventType} nor err {code, msg}',
    ],
  ];
  for (const [what, listener, ret, message] of bad) {
    it(`${what} (${listener}) gives onError (MALFORMED_ADAPTER_DATA) and changes no state`, async () => {
      const { world, v } = await watching();
      const before = v.room.getSnapshot();
      nativeOf(world, 'viewer').emit(listener, ret);
      await world.cloud.settle();
      const [onError] = v.of('onError');
      expect(onError?.code).toBe(ErrorCode.ADAPTER_FAILURE);
      expect(onError?.msg).toContain(message);
      expect(onError?.msg).toContain(`(${ErrorCode.MALFORMED_ADAPTER_DATA})`);
      expect(v.room.getSnapshot()).toBe(before);
      expect([v.linkMic, v.roomPK]).toEqual([[], []]);
    });
  }

  it('a native err on the listener gives onError with its code', async () => {
    const { world, v } = await watching();
    nativeOf(world, 'viewer').emit('setLiveRoomListener', null, { code: 7001, msg: 'engine hiccup' });
    expect(v.of('onError').at(-1)?.msg).toBe(
      'live-room listener failed: engine hiccup (native code 7001) (20090)',
    );
    expect(v.status()).toBe('watching');
  });

  it('events about a room the native module no longer holds are dropped', async () => {
    const { world, v } = await watching();
    await step(world, () => v.room.exitRoom());
    nativeOf(world, 'viewer').emit('setLiveRoomListener', { eventType: 'onRoomDestroy', roomId: 7 });
    nativeOf(world, 'viewer').emit('setLinkMicListener', { eventType: 'onSuccess', reason: 'late' });
    expect([v.of('onRoomDestroy'), v.linkMic, v.of('onError')]).toEqual([[], [], []]);
  });

  it('a lost connection (onError NETWORK_LOST) takes core out of the room with the native module', async () => {
    const { world, v } = await watching();
    nativeOf(world, 'viewer').emit('setLiveRoomListener', {
      eventType: 'onError',
      code: ErrorCode.NETWORK_LOST,
      msg: 'the live room was lost',
    });
    expect(v.status()).toBe('outside');
    expect(v.of('onError').map((e) => e.code)).toEqual([ErrorCode.NETWORK_LOST]);
  });
});
