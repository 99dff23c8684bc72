import { CallType, ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, devSignUserSig, type FakeCloud } from '../src/index.js';
import { collect, rejection } from './helpers.js';

const secretKey = 'dev-secret-key-0123456789';
const sdkAppId = 1_400_000_001;

function sign(
  cloud: FakeCloud,
  userId: string,
  expireSec = 86_400,
  overrides: { secretKey?: string; sdkAppId?: number; nowSec?: number } = {},
) {
  return devSignUserSig({
    sdkAppId: overrides.sdkAppId ?? sdkAppId,
    secretKey: overrides.secretKey ?? secretKey,
    userId,
    expireSec,
    nowSec: overrides.nowSec ?? cloud.clock.now() / 1000,
  });
}

async function login(
  cloud: FakeCloud,
  label: string,
  userSig: string,
  params: { sdkAppId?: number; userId?: string } = {},
) {
  const adapter = cloud.adapter(label);
  const events = collect(adapter.session.events$);
  const result = adapter.session
    .login({ sdkAppId: params.sdkAppId ?? sdkAppId, userId: params.userId ?? label, userSig })
    .then(
      () => undefined,
      (error: unknown) => error as { code: number },
    );
  await cloud.settle();
  return { adapter, events, error: await result };
}

describe('login with userSig checks (secretKey set)', () => {
  it('accepts a valid TLS v2 sig and reports the connection', async () => {
    const cloud = createFakeCloud({ secretKey });
    const { events, error } = await login(cloud, 'alice', await sign(cloud, 'alice'));
    expect(error).toBeUndefined();
    expect(events).toEqual([{ type: 'connectionChanged', state: 'connected' }]);
    expect(cloud.onlineUsers()).toEqual(['alice']);
    expect(cloud.clock.now() - cloud.options.startTime).toBe(40);
  });

  it('refuses an empty sig, another app, a bad signature, another user and a malformed sig', async () => {
    const cloud = createFakeCloud({ secretKey });
    expect((await login(cloud, 'a', '')).error?.code).toBe(ErrorCode.USER_SIG_INVALID);
    expect((await login(cloud, 'b', await sign(cloud, 'b'), { sdkAppId: 1_400_000_002 })).error?.code).toBe(
      ErrorCode.USER_SIG_INVALID,
    );
    const otherApp = await sign(cloud, 'c', 86_400, { sdkAppId: 1_400_000_002 });
    expect((await login(cloud, 'c', otherApp)).error?.code).toBe(ErrorCode.USER_SIG_INVALID);
    const wrongKey = await sign(cloud, 'd', 86_400, { secretKey: 'another-key' });
    expect((await login(cloud, 'd', wrongKey)).error?.code).toBe(ErrorCode.USER_SIG_INVALID);
    expect((await login(cloud, 'e', await sign(cloud, 'someone-else'))).error?.code).toBe(
      ErrorCode.USER_SIG_INVALID,
    );
    expect((await login(cloud, 'f', 'not-a-sig')).error?.code).toBe(ErrorCode.USER_SIG_INVALID);
    expect(cloud.onlineUsers()).toEqual([]);
  });

  it('refuses an expired sig with USER_SIG_EXPIRED', async () => {
    const cloud = createFakeCloud({ secretKey });
    const old = await sign(cloud, 'alice', 60, { nowSec: cloud.clock.now() / 1000 - 120 });
    expect((await login(cloud, 'alice', old)).error?.code).toBe(ErrorCode.USER_SIG_EXPIRED);
  });

  it('ends a session whose sig expires while logged in', async () => {
    const cloud = createFakeCloud({ secretKey });
    const { adapter, events, error } = await login(cloud, 'alice', await sign(cloud, 'alice', 600));
    expect(error).toBeUndefined();
    await cloud.advance(599_000);
    expect(events).toHaveLength(1);
    await cloud.advance(1_000);
    await cloud.settle();
    expect(events.slice(1)).toEqual([
      { type: 'userSigExpired' },
      { type: 'connectionChanged', state: 'disconnected' },
    ]);
    expect(cloud.onlineUsers()).toEqual([]);
    const after = await rejection(adapter.callSignaling.accept({ roomId: 1 }));
    expect(after.code).toBe(ErrorCode.NOT_LOGGED_IN);
  });
  it('a fresh sig on the same device extends the session and keeps its room', async () => {
    const cloud = createFakeCloud({ secretKey });
    const { adapter, events } = await login(cloud, 'alice', await sign(cloud, 'alice', 600));
    const enter = adapter.callMedia.enterRoom({ roomId: 3, userId: 'alice', callType: CallType.AUDIO });
    await cloud.settle();
    await enter;
    await cloud.advance(500_000);
    const again = adapter.session.login({
      sdkAppId,
      userId: 'alice',
      userSig: await sign(cloud, 'alice', 600),
    });
    await cloud.settle();
    await again;
    await cloud.advance(200_000); // past the first sig's expiry
    expect(events.some((e) => e.type === 'userSigExpired')).toBe(false);
    expect(cloud.roomMembers(3)).toEqual(['alice']);
    expect(cloud.onlineUsers()).toEqual(['alice']);
  });
});

describe('sessions', () => {
  it('accepts any non-empty sig without a secretKey, but still checks the app', async () => {
    const cloud = createFakeCloud();
    expect((await login(cloud, 'alice', 'anything')).error).toBeUndefined();
    expect((await login(cloud, 'bob', '')).error?.code).toBe(ErrorCode.USER_SIG_INVALID);
    expect((await login(cloud, 'carol', 'x', { sdkAppId: 1 })).error?.code).toBe(ErrorCode.USER_SIG_INVALID);
  });

  it('kicks the older device on a second login and takes it out of its media room', async () => {
    const cloud = createFakeCloud();
    const phone = await login(cloud, 'alice', 'sig');
    const bob = await login(cloud, 'bob', 'sig');
    const bobMedia = collect(bob.adapter.callMedia.events$);
    const enterAlice = phone.adapter.callMedia.enterRoom({
      roomId: 7,
      userId: 'alice',
      callType: CallType.AUDIO,
    });
    const enter = bob.adapter.callMedia.enterRoom({ roomId: 7, userId: 'bob', callType: CallType.AUDIO });
    await cloud.settle();
    await Promise.all([enterAlice, enter]);
    expect(cloud.roomMembers(7)).toEqual(['alice', 'bob']);

    const web = await login(cloud, 'alice', 'sig'); // device "alice#2"
    expect(web.adapter.deviceId).toBe('alice#2');
    expect(web.error).toBeUndefined();
    expect(phone.events.slice(-2)).toEqual([
      { type: 'kickedOffline' },
      { type: 'connectionChanged', state: 'disconnected' },
    ]);
    expect(bobMedia.at(-1)).toEqual({ type: 'userLeft', userId: 'alice', reason: 'left' });
    expect(cloud.roomMembers(7)).toEqual(['bob']);
    expect(cloud.mediaState('alice')?.deviceId).toBe('alice#2');
    // Logging out of a kicked session is a no-op, so cleanup code never fails.
    await expect(phone.adapter.session.logout()).resolves.toBeUndefined();
    expect((await rejection(phone.adapter.callSignaling.accept({ roomId: 7 }))).code).toBe(
      ErrorCode.NOT_LOGGED_IN,
    );
  });

  it('rejects calls on a logged-out adapter with NOT_LOGGED_IN, without touching the network', async () => {
    const cloud = createFakeCloud();
    const adapter = cloud.adapter('alice');
    await expect(adapter.session.logout()).resolves.toBeUndefined();
    const calls = [
      adapter.callSignaling.invite({
        roomId: 1,
        invitees: ['bob'],
        participants: [],
        callType: CallType.VIDEO,
        isGroup: false,
        timeoutSec: 30,
      }),
      adapter.callMedia.enterRoom({ roomId: 1, userId: 'alice', callType: CallType.VIDEO }),
      adapter.callMedia.setHandsFree({ isHandsFree: true }),
    ];
    for (const call of calls) expect((await rejection(call)).code).toBe(ErrorCode.NOT_LOGGED_IN);
    expect(cloud.trace().filter((e) => e.type === 'send')).toEqual([]);
  });

  it('logs out: connection disconnected, others see the user leave the room', async () => {
    const cloud = createFakeCloud();
    const alice = await login(cloud, 'alice', 'sig');
    const bob = await login(cloud, 'bob', 'sig');
    const bobMedia = collect(bob.adapter.callMedia.events$);
    void alice.adapter.callMedia.enterRoom({ roomId: 9, userId: 'alice', callType: CallType.AUDIO });
    void bob.adapter.callMedia.enterRoom({ roomId: 9, userId: 'bob', callType: CallType.AUDIO });
    await cloud.settle();
    const logout = alice.adapter.session.logout();
    await cloud.settle();
    await logout;
    expect(alice.events.at(-1)).toEqual({ type: 'connectionChanged', state: 'disconnected' });
    expect(bobMedia.at(-1)).toEqual({ type: 'userLeft', userId: 'alice', reason: 'left' });
    expect(cloud.onlineUsers()).toEqual(['bob']);
  });
});
