import { ErrorCode, type Rect } from '@trtc-smart/core';
import { type CallingParty, loggedInParties, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { type ApicloudWorld, apicloudHarness, nativeOf, rejection } from './apicloud-harness.js';

const rect: Rect = { x: 0, y: 0, w: 100, h: 200 };

/** Core's own deadline (loginTimeoutSec) beyond the adapter's 30 s callback timeout, so that one is what fires. */
const PATIENT = { loginTimeoutSec: 60 };

async function inCall(): Promise<{ world: ApicloudWorld; a: CallingParty<Rect>; b: CallingParty<Rect> }> {
  const world = apicloudHarness.world();
  const [a, b] = await loggedInParties(world, ['alice', 'bob'], PATIENT);
  if (!a || !b) throw new Error('parties');
  await step(world, () => a.calling.call({ userId: 'bob', type: 1 }));
  await step(world, () => b.calling.accept());
  return { world, a, b };
}

describe('native method callbacks', () => {
  it('a native err with a platform code rejects with ADAPTER_FAILURE, keeps the native code, changes nothing', async () => {
    const { world, a } = await inCall();
    nativeOf(world, 'alice').failNext('calling', 'openCamera', {
      kind: 'err',
      code: -1314,
      msg: 'camera busy',
    });
    const error = await rejection(step(world, () => a.calling.openCamera({ isFront: true, view: rect })));
    expect(error).toMatchObject({
      code: ErrorCode.ADAPTER_FAILURE,
      message: 'calling.openCamera failed: camera busy (native code -1314)',
      cause: { code: -1314, message: 'camera busy' },
    });
    expect(a.calling.getSnapshot().devices.camera).toBe('off');
    expect(a.calling.getSnapshot().status).toBe('inCall');
  });

  it('a native err with a code of the error table passes through', async () => {
    const world = apicloudHarness.world();
    const [a] = await loggedInParties(world, ['alice']);
    if (!a) throw new Error('alice');
    nativeOf(world, 'alice').failNext('calling', 'call', {
      kind: 'err',
      code: ErrorCode.NOT_FOUND,
      msg: 'no such user',
    });
    const error = await rejection(step(world, () => a.calling.call({ userId: 'bob', type: 1 })));
    expect(error).toMatchObject({ code: ErrorCode.NOT_FOUND, message: 'no such user' });
    expect(a.calling.getSnapshot().status).toBe('idle');
  });

  const malformed: readonly [string, readonly unknown[], string][] = [
    ['neither ret nor err', [], 'ret undefined, err undefined'],
    ['ret without status true', [{ status: 'yes' }], 'ret {"status":"yes"}'],
    ['err with a string code', [null, { code: 'E1', msg: 'x' }], 'err {"code":"E1","msg":"x"}'],
    ['err without msg', [undefined, { code: 5 }], 'err {"code":5}'],
  ];
  for (const [what, args, shown] of malformed) {
    it(`a callback with ${what} rejects with MALFORMED_ADAPTER_DATA and changes nothing`, async () => {
      const { world, a } = await inCall();
      nativeOf(world, 'alice').failNext('calling', 'setMicMute', { kind: 'callback', args });
      const error = await rejection(step(world, () => a.calling.setMicMute({ isMute: true })));
      expect(error.code).toBe(ErrorCode.MALFORMED_ADAPTER_DATA);
      expect(error.message).toContain(
        'calling.setMicMute: the callback had neither ret {status: true} nor err {code, msg}',
      );
      expect(error.message).toContain(shown);
      expect(a.calling.getSnapshot().devices.micMuted).toBe(false);
    });
  }

  it('a method that never calls back fails after the callback timeout (virtual time)', async () => {
    const { world, a } = await inCall();
    nativeOf(world, 'alice').failNext('calling', 'setHandsFree', { kind: 'silent' });
    const error = await rejection(step(world, () => a.calling.setHandsFree({ isHandsFree: true })));
    expect(error).toMatchObject({
      code: ErrorCode.MALFORMED_ADAPTER_DATA,
      message: 'calling.setHandsFree: the native module did not call back within 30000 ms',
    });
    expect(a.calling.getSnapshot().devices.handsFree).toBe(false);
  });

  it('a native call that never answers ends the call with an error and is hung up natively: nothing half-open', async () => {
    const world = apicloudHarness.world();
    const [a, b] = await loggedInParties(world, ['alice', 'bob'], PATIENT);
    if (!a || !b) throw new Error('parties');
    nativeOf(world, 'alice').failNext('calling', 'call', { kind: 'silent' });
    const error = await rejection(step(world, () => a.calling.call({ userId: 'bob', type: 1 })));
    expect(error.code).toBe(ErrorCode.MALFORMED_ADAPTER_DATA);
    expect(a.of('onCallEnd').map((e) => e.reason)).toEqual(['error']);
    expect(nativeOf(world, 'alice').calls.at(-1)).toEqual({
      module: 'calling',
      method: 'hangup',
      params: {},
    });
    await world.cloud.settle();
    expect(a.calling.getSnapshot().status).toBe('idle');
  });

  it('a method that throws rejects with ADAPTER_FAILURE naming it', async () => {
    const { world, a } = await inCall();
    nativeOf(world, 'alice').failNext('calling', 'switchCamera', { kind: 'throw', message: 'bridge gone' });
    await step(world, () => a.calling.openCamera({ isFront: true, view: rect }));
    const error = await rejection(step(world, () => a.calling.switchCamera({ isFront: false })));
    expect(error).toMatchObject({
      code: ErrorCode.ADAPTER_FAILURE,
      message: 'calling.switchCamera threw: Error: bridge gone',
    });
    expect(a.calling.getSnapshot().devices.camera).toBe('front');
  });
});

describe('native listener events', () => {
  const bad: readonly [string, unknown, unknown, string][] = [
    [
      'an unknown eventType',
      { eventType: 'onSomethingNew' },
      undefined,
      'calling listener: unknown eventType "onSomethingNew"',
    ],
    [
      'a missing field',
      { eventType: 'onInvited', userIdList: ['alice'], isFromGroup: false, callType: 1 },
      undefined,
      'onInvited.sponsor: must be a userId',
    ],
    [
      'a wrong-typed field',
      { eventType: 'onUserEnter', userId: 42 },
      undefined,
      'onUserEnter.userId: must be a userId',
    ],
    [
      'an out-of-range call type',
      { eventType: 'onInvited', sponsor: 'bob', userIdList: ['alice'], isFromGroup: false, callType: 0 },
      undefined,
      'onInvited.callType: must be 1 (video) or 2 (audio)',
    ],
    [
      'a wrong-typed list',
      { eventType: 'onUserVoiceVolume', volumeList: [{ userId: 'bob', volume: 'loud' }] },
      undefined,
      'onUserVoiceVolume.volumeList[0].volume: must be a number',
    ],
    [
      'an eventType that is not a string',
      { eventType: 7 },
      undefined,
      'calling listener: eventType must be a string',
    ],
    [
      'neither ret nor err',
      undefined,
      undefined,
      'calling listener: the callback had neither ret {eventType} nor err {code, msg}',
    ],
  ];
  for (const [what, ret, err, message] of bad) {
    it(`${what} gives onError (MALFORMED_ADAPTER_DATA) and changes no state`, async () => {
      const { world, a } = await inCall();
      const before = a.calling.getSnapshot();
      nativeOf(world, 'alice').emit('setCallingListener', ret, err);
      const [onError] = a.of('onError');
      expect(onError?.code).toBe(ErrorCode.ADAPTER_FAILURE);
      expect(onError?.msg).toContain(message);
      expect(onError?.msg).toContain(`(${ErrorCode.MALFORMED_ADAPTER_DATA})`);
      expect(a.calling.getSnapshot()).toEqual(before);
    });
  }

  it('a malformed invitation while idle leaves the user idle', async () => {
    const world = apicloudHarness.world();
    const [a] = await loggedInParties(world, ['alice']);
    if (!a) throw new Error('alice');
    nativeOf(world, 'alice').emit('setCallingListener', {
      eventType: 'onInvited',
      sponsor: 'bob',
      userIdList: 'alice',
    });
    expect(a.calling.getSnapshot().status).toBe('idle');
    expect(a.of('onError')[0]?.msg).toContain('onInvited.userIdList: must be an array of userIds');
  });

  it('a native err on the listener gives onError with its code', async () => {
    const { world, a } = await inCall();
    nativeOf(world, 'alice').emit('setCallingListener', null, { code: 7001, msg: 'engine hiccup' });
    expect(a.of('onError').at(-1)?.msg).toBe(
      'calling listener failed: engine hiccup (native code 7001) (20090)',
    );
    expect(a.calling.getSnapshot().status).toBe('inCall');
  });

  it('a native call the plugin drops without saying why still ends the call in core', async () => {
    const { world, a, b } = await inCall();
    nativeOf(world, 'alice').emit('setCallingListener', { eventType: 'onCallEnd' });
    expect(a.calling.getSnapshot().status).toBe('idle');
    expect(a.of('onCallEnd').map((e) => e.reason)).toEqual(['networkLost']);
    await step(world, () => b.calling.hangup());
  });
});
