import { type CallingEvent, createCalling, ErrorCode } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { configureWeb, createCapacitorAdapter } from '../src/index.js';
import { TrtcSmartWeb } from '../src/web.js';
import { webSdks } from './web-sdk-doubles.js';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('resolved'),
    (error: { code: unknown; message: unknown; data: unknown }) => ({
      code: error.code,
      message: error.message,
      data: error.data,
    }),
  );

describe('web.ts as the registered TrtcSmart plugin', () => {
  it('configureWeb, then createCapacitorAdapter with its defaults: a call between two web users', async () => {
    const cloud = createFakeCloud();
    const aliceSdks = webSdks(cloud, 'alice');
    await configureWeb(aliceSdks);
    const bobPlugin = new TrtcSmartWeb();
    const bobSdks = webSdks(cloud, 'bob');
    await bobPlugin.configure(bobSdks);

    const alice = createCalling({ adapter: createCapacitorAdapter({ clock: aliceSdks.clock }) });
    const bob = createCalling({
      adapter: createCapacitorAdapter({ plugin: bobPlugin, clock: bobSdks.clock }),
    });
    const heard: Record<string, CallingEvent['eventType'][]> = { alice: [], bob: [] };
    alice.events$.subscribe((e) => heard.alice?.push(e.eventType));
    bob.events$.subscribe((e) => heard.bob?.push(e.eventType));
    const run = async (command: () => Promise<void>) => {
      const done = command();
      await cloud.settle();
      await done;
    };
    const sdkAppId = cloud.options.sdkAppId;
    await run(() => alice.login({ sdkAppId, userId: 'alice', userSig: 'dev-sig-alice' }));
    await run(() => bob.login({ sdkAppId, userId: 'bob', userSig: 'dev-sig-bob' }));

    await run(() => alice.call({ userId: 'bob', type: 1 }));
    await run(() => bob.accept());
    await run(() => alice.openCamera({ isFront: true, view: 'alice-video' }));
    await expect(
      alice.startRemoteView({ userId: 'bob', view: { x: 0, y: 0, w: 1, h: 1 } }),
    ).rejects.toMatchObject({
      code: ErrorCode.INVALID_PARAMETER,
      message: expect.stringMatching(/^view: must be an element id/),
    });

    expect(heard.bob).toContain('onInvited');
    expect(heard.alice).toContain('onUserEnter');
    expect(cloud.mediaState('alice')?.camera).toBe('front');
    await run(() => alice.hangup());
    expect(heard.bob).toContain('onCallEnd');
  });
});

describe('TrtcSmartWeb refuses bad calls with core error names, and changes nothing', () => {
  it('before configure, every method fails with INVALID_STATE saying what to do', async () => {
    expect(await rejection(new TrtcSmartWeb().logout())).toEqual({
      code: 'INVALID_STATE',
      message: expect.stringContaining('call configureWeb({ sdkAppId, TRTC, TencentCloudChat }) first'),
      data: {},
    });
  });

  it('options that break the contract: INVALID_PARAMETER naming the field and the rule', async () => {
    const cloud = createFakeCloud();
    const plugin = new TrtcSmartWeb();
    await plugin.configure(webSdks(cloud, 'alice'));
    const invite = {
      roomId: 5,
      invitees: ['bob'],
      participants: [],
      callType: 1,
      isGroup: false,
      timeoutSec: 30,
    } as const;
    const refused = await Promise.all([
      rejection(plugin.invite({ ...invite, roomId: 5.5 })),
      rejection(plugin.invite({ ...invite, invitees: ['bob', 7] } as never)),
      rejection(plugin.invite({ ...invite, ring: true } as never)),
      rejection(plugin.openCamera({ isFront: true, view: { x: 0, y: 0, w: 1, h: 1 } })),
      rejection((plugin.logout as (options: unknown) => Promise<void>)({})),
    ]);
    expect(refused.map((r) => [r.code, r.message])).toEqual([
      ['INVALID_PARAMETER', 'roomId: must be an integer'],
      ['INVALID_PARAMETER', 'invitees[1]: must be a string'],
      ['INVALID_PARAMETER', 'ring: is not a field of this object'],
      ['INVALID_PARAMETER', 'view: must be an element id (not a string)'],
      ['INVALID_PARAMETER', 'logout: takes no options'],
    ]);
    await cloud.settle();
    expect(cloud.pendingInvitations()).toEqual([]);
  });

  it("an SDK failure keeps its core code, and the SDK's own error rides in data", async () => {
    const cloud = createFakeCloud();
    const plugin = new TrtcSmartWeb();
    await plugin.configure(webSdks(cloud, 'alice'));
    const login = plugin.login({
      sdkAppId: cloud.options.sdkAppId,
      userId: 'alice',
      userSig: 'dev-sig-alice',
    });
    await cloud.settle();
    await login;
    const join = rejection(plugin.joinRoom({ roomId: 999 }));
    await cloud.settle();
    expect(await join).toMatchObject({ code: 'NOT_FOUND', data: { nativeCode: expect.any(Number) } });
  });
});
