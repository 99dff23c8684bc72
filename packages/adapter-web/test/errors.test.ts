import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { type ChatClient, createWebAdapter, fromSdkError } from '../src/index.js';
import { chatDouble } from './doubles/chat-double.js';
import { type TrtcDoubleViews, trtcDouble } from './doubles/trtc-double.js';

describe('SDK errors in the core error table, the SDK code kept in cause', () => {
  it.each([
    ['TRTC', { code: 5000, message: 'bad roomId' }, ErrorCode.INVALID_PARAMETER],
    ['TRTC', { code: 5100, message: 'not in room' }, ErrorCode.INVALID_STATE],
    ['TRTC', { code: 5300, extraCode: 5302, message: 'camera denied' }, ErrorCode.DEVICE_ERROR],
    ['TRTC', { code: 5500, extraCode: 5502, message: 'reconnect failed' }, ErrorCode.NETWORK_LOST],
    ['TRTC', { code: 5400, extraCode: -100018, message: 'userSig' }, ErrorCode.USER_SIG_INVALID],
    ['TRTC', { code: 5998, message: 'aborted' }, ErrorCode.CANCELLED],
    ['TRTC', { code: 5999, message: 'unknown' }, ErrorCode.ADAPTER_FAILURE],
    ['chat', { code: 70001, message: 'expired' }, ErrorCode.USER_SIG_EXPIRED],
    ['chat', { code: 70003, message: 'invalid' }, ErrorCode.USER_SIG_INVALID],
    ['chat', { code: 2801, message: 'timeout' }, ErrorCode.NETWORK_TIMEOUT],
    ['chat', { code: 8010, message: 'inviteID invalid' }, ErrorCode.NOT_FOUND],
    ['chat', { code: 10007, message: 'no permission' }, ErrorCode.ADAPTER_FAILURE],
    ['chat', { code: 10021, message: 'group id in use' }, ErrorCode.ALREADY_EXISTS],
  ] as const)('%s %o -> %i', (sdk, error, code) => {
    const mapped = fromSdkError(sdk, error);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toEqual({ code: error.code, message: error.message });
    expect(mapped.message).toContain(String(error.code));
  });

  it("gives an SDK error with an empty message words of its own, keeping the SDK's code and text", () => {
    const mapped = fromSdkError('chat', { code: 2801, message: '' });
    expect(mapped.code).toBe(ErrorCode.NETWORK_TIMEOUT);
    expect(mapped.message).toBe('chat 2801: failed, and the SDK gave no message');
    expect(mapped.cause).toEqual({ code: 2801, message: '' });
  });

  it("sets the SDKs' log level: warnings only by default, as asked otherwise, a clear error for a bad one", () => {
    const cloud = createFakeCloud();
    for (const [logLevel, trtc, chat] of [
      [undefined, 3, 2],
      ['debug', 1, 0],
      ['none', 5, 4],
    ] as const) {
      const device = cloud.adapter('logs');
      const views = { local: undefined, remote: new Map(), plugins: [] as unknown[] } as TrtcDoubleViews;
      const sdk = chatDouble(device);
      let client: unknown;
      createWebAdapter({
        sdkAppId: cloud.options.sdkAppId,
        TRTC: trtcDouble(device, views),
        TencentCloudChat: {
          ...sdk,
          create: (options) => {
            const made: ChatClient = sdk.create(options);
            client = made;
            return made;
          },
        },
        ...(logLevel === undefined ? {} : { logLevel }),
      });
      expect(views.logLevel).toBe(trtc);
      expect((client as { logLevel?: number }).logLevel).toBe(chat);
    }
    const device = cloud.adapter('bad');
    expect(() =>
      createWebAdapter({
        sdkAppId: cloud.options.sdkAppId,
        TRTC: trtcDouble(device),
        TencentCloudChat: chatDouble(device),
        logLevel: 'loud' as 'warn',
      }),
    ).toThrow(/logLevel: must be one of debug, info, warn, error, none/);
  });

  it('passes a core error through and describes a thrown non-object', () => {
    const own = new TrtcSmartError(ErrorCode.INVALID_PARAMETER, 'roomId: must be an integer');
    expect(fromSdkError('TRTC', own)).toBe(own);
    expect(fromSdkError('chat', 'boom')).toMatchObject({
      code: ErrorCode.ADAPTER_FAILURE,
      cause: { message: 'boom' },
    });
  });

  it("a refused userSig reaches the app as USER_SIG_INVALID with chat's 70003 in cause", async () => {
    const cloud = createFakeCloud({ secretKey: 'secret' });
    const device = cloud.adapter('alice');
    const adapter = createWebAdapter({
      sdkAppId: cloud.options.sdkAppId,
      TRTC: trtcDouble(device),
      TencentCloudChat: chatDouble(device),
      clock: device.clock,
    });
    const login = adapter.session.login({
      sdkAppId: cloud.options.sdkAppId,
      userId: 'alice',
      userSig: 'forged',
    });
    login.catch(() => undefined);
    await cloud.settle();
    await expect(login).rejects.toMatchObject({ code: ErrorCode.USER_SIG_INVALID, cause: { code: 70003 } });
  });

  it('a wrong sdkAppId is refused before anything is sent, naming the field', async () => {
    const cloud = createFakeCloud();
    const device = cloud.adapter('alice');
    const adapter = createWebAdapter({
      sdkAppId: 7,
      TRTC: trtcDouble(device),
      TencentCloudChat: chatDouble(device),
    });
    await expect(adapter.session.login({ sdkAppId: 8, userId: 'alice', userSig: 's' })).rejects.toMatchObject(
      {
        code: ErrorCode.INVALID_PARAMETER,
        message: expect.stringContaining('sdkAppId'),
      },
    );
    expect(cloud.trace().filter((e) => e.type === 'send')).toEqual([]);
  });

  it("createWebAdapter refuses a bad sdkAppId with the error table's INVALID_PARAMETER", () => {
    const device = createFakeCloud().adapter('x');
    for (const sdkAppId of [-1, 0, 1.5, Number.NaN]) {
      expect(() =>
        createWebAdapter({ sdkAppId, TRTC: trtcDouble(device), TencentCloudChat: chatDouble(device) }),
      ).toThrow(
        expect.objectContaining({
          code: ErrorCode.INVALID_PARAMETER,
          message: 'sdkAppId: must be a positive integer',
        }),
      );
    }
  });
});
