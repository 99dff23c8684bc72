import { CapacitorException, ExceptionCode } from '@capacitor/core';
import { ErrorCode, type TrtcSmartError } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createCapacitorAdapter } from '../src/index.js';
import { scriptedPlugin } from './scripted-plugin.js';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('resolved'),
    (error: TrtcSmartError) => ({ code: error.code, message: error.message, cause: error.cause }),
  );

const flush = () => new Promise((resolve) => setImmediate(resolve));

function setup() {
  const native = scriptedPlugin();
  const adapter = createCapacitorAdapter({ plugin: native.plugin, platform: 'native' });
  return { native, adapter };
}

describe('what the native side sends back', () => {
  it("a rejection naming a core error keeps that code; the SDK's code and message become the cause", async () => {
    const { native, adapter } = setup();
    native.answer('login', () =>
      Promise.reject(
        new CapacitorException('userSig expired', 'USER_SIG_EXPIRED' as ExceptionCode, {
          nativeCode: 70001,
          nativeMessage: 'TLS sig expired',
        }),
      ),
    );
    expect(await failure(adapter.session.login({ sdkAppId: 1, userId: 'u', userSig: 's' }))).toEqual({
      code: ErrorCode.USER_SIG_EXPIRED,
      message: 'userSig expired',
      cause: { code: 70001, message: 'TLS sig expired' },
    });
  });

  it("any other code (Capacitor's UNIMPLEMENTED) is ADAPTER_FAILURE with that code as the cause", async () => {
    const { native, adapter } = setup();
    native.answer('enterCallRoom', () =>
      Promise.reject(
        new CapacitorException(
          '"TrtcSmart.enterCallRoom()" is not implemented on android',
          ExceptionCode.Unimplemented,
        ),
      ),
    );
    expect(await failure(adapter.callMedia.enterRoom({ roomId: 7, userId: 'u', callType: 1 }))).toEqual({
      code: ErrorCode.ADAPTER_FAILURE,
      message: 'enterCallRoom: "TrtcSmart.enterCallRoom()" is not implemented on android',
      cause: { code: 'UNIMPLEMENTED' },
    });
  });

  it('a result that breaks the contract is MALFORMED_ADAPTER_DATA naming the field', async () => {
    const { native, adapter } = setup();
    native.answer('getMembers', async () => ({ members: [{ userId: 'a', userName: 'A' }] }));
    expect(await failure(adapter.liveSignaling.getMembers({ roomId: 9 }))).toMatchObject({
      code: ErrorCode.MALFORMED_ADAPTER_DATA,
      message: 'getMembers() result.members[0].avatarUrl: is required',
    });
  });

  it('a result is unwrapped from its key; fields a newer native build adds are let through', async () => {
    const { native, adapter } = setup();
    const room = {
      roomId: 9,
      roomName: 'r',
      coverUrl: '',
      ownerId: 'a',
      ownerName: 'A',
      memberCount: 1,
      state: { status: 1, anchors: [{ userId: 'a', userName: 'A', streamId: 's' }] },
      createdAt: 5,
    };
    native.answer('joinRoom', async () => ({ room }));
    expect(await adapter.liveSignaling.enterRoom({ roomId: 9 })).toEqual(room);
  });

  it('an event that breaks the contract is dropped and reported as a media error; the others pass', async () => {
    const { native, adapter } = setup();
    const signals: unknown[] = [];
    const media: unknown[] = [];
    adapter.callSignaling.events$.subscribe((e) => signals.push(e));
    adapter.callMedia.events$.subscribe((e) => media.push(e));
    await flush();
    native.emit('callAccepted', { roomId: '7', userId: 'b' });
    native.emit('callAccepted', { roomId: 7, userId: 'b' });
    native.emit('callMediaConnectionLost', undefined);
    expect(signals).toEqual([{ type: 'accepted', roomId: 7, userId: 'b' }]);
    expect(media).toEqual([
      {
        type: 'error',
        code: ErrorCode.MALFORMED_ADAPTER_DATA,
        message: 'callAccepted.roomId: must be an integer',
      },
      { type: 'connectionLost' },
    ]);
  });

  it('a live event that breaks the contract is reported on the live media port only', async () => {
    const { native, adapter } = setup();
    const callMedia: unknown[] = [];
    const liveMedia: unknown[] = [];
    adapter.liveSignaling.events$.subscribe();
    adapter.callMedia.events$.subscribe((e) => callMedia.push(e));
    adapter.liveMedia.events$.subscribe((e) => liveMedia.push(e));
    await flush();
    native.emit('liveRoomMessage', {
      roomId: 3,
      from: { userId: 'a', userName: 'A', avatarUrl: '' },
      message: { kind: 'gif' },
    });
    expect(callMedia).toEqual([]);
    expect(liveMedia).toEqual([
      {
        type: 'error',
        code: ErrorCode.MALFORMED_ADAPTER_DATA,
        message: 'liveRoomMessage.message.kind: must be one of text, custom',
      },
    ]);
  });
});

describe('what the adapter sends', () => {
  it('options carry only the fields the contract names, and methods without options take none', async () => {
    const { native, adapter } = setup();
    // A field core's types do not declare (as a port message grown in core before the contract).
    const message = { type: 'roomPKRequest', fromRoomId: 1, fromStreamId: 's', roomId: 2, round: 3 } as const;
    await adapter.liveSignaling.sendPeerMessage({ userId: 'b', message });
    await adapter.session.logout();
    expect(native.received).toEqual([
      {
        method: 'sendPeerMessage',
        options: {
          userId: 'b',
          message: { type: 'roomPKRequest', fromRoomId: 1, fromStreamId: 's', roomId: 2 },
        },
      },
      { method: 'logout', options: undefined },
    ]);
  });

  it('views are rects on native and element ids on the web', () => {
    const native = createCapacitorAdapter({ plugin: scriptedPlugin().plugin, platform: 'native' });
    const web = createCapacitorAdapter({ plugin: scriptedPlugin().plugin, platform: 'web' });
    expect([native.views.check({ x: 0, y: 0, w: 10, h: 10 }), native.views.check('video')]).toEqual([
      true,
      false,
    ]);
    expect([
      web.views.check('video'),
      web.views.check({ x: 0, y: 0, w: 10, h: 10 }),
      web.views.check('a b'),
    ]).toEqual([true, false, false]);
  });
});
