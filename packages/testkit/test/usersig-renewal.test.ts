import {
  type CallingEvent,
  createCalling,
  createLiveRoom,
  ErrorCode,
  type LiveRoomEvent,
  type UserSigProvider,
} from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, devSignUserSig, step } from '../src/index.js';
import { collect } from './helpers.js';

/**
 * UserSig renewal (the userSigProvider option) against a cloud that checks TLS v2 signatures and
 * ends an IM session when its userSig expires, while TRTC (which checks it only on entering) goes on.
 */
const secretKey = 'test-secret-key-not-a-real-one';
/** The userSig that expires during each test. */
const SHORT_SEC = 120;
const PAST_EXPIRY_MS = SHORT_SEC * 1000 + 10_000;

function world() {
  const cloud = createFakeCloud({ secretKey });
  // Signed from the cloud's start: signing takes real time, which a provider must not spend while
  // virtual time runs (its deadline would pass first), so tests sign before and provide the result.
  const startSec = Math.floor(cloud.clock.now() / 1000);
  const sign = (userId: string, expireSec = 3600) =>
    devSignUserSig({ sdkAppId: cloud.options.sdkAppId, secretKey, userId, expireSec, nowSec: startSec });
  const run = <T>(action: () => Promise<T>) => step({ cloud }, action);
  const login = async (api: { login(p: object): Promise<void> }, userId: string, expireSec?: number) => {
    const userSig = await sign(userId, expireSec);
    await run(() => api.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig }));
  };
  return { cloud, sign, run, login };
}

type World = ReturnType<typeof world>;

/** A provider counting its calls. */
function counted(provide: UserSigProvider) {
  const counter = { calls: 0 };
  const provider: UserSigProvider = () => {
    counter.calls += 1;
    return provide();
  };
  return { counter, provider };
}

async function callerUser(w: World, provider: UserSigProvider | undefined, loginTimeoutSec?: number) {
  const calling = createCalling({
    adapter: w.cloud.adapter('alice'),
    ...(provider ? { userSigProvider: provider } : {}),
    ...(loginTimeoutSec ? { loginTimeoutSec } : {}),
  });
  const events = collect(calling.events$);
  const seen: string[] = [];
  calling.state$.subscribe((s) => seen.push(s.connection.signaling));
  await w.login(calling, 'alice', SHORT_SEC);
  return { calling, events, signaling: seen };
}

/** Alice (whose userSig expires after SHORT_SEC) in a call with bob. */
async function inCall(w: World, provider?: UserSigProvider, loginTimeoutSec?: number) {
  const alice = await callerUser(w, provider, loginTimeoutSec);
  const bob = createCalling({ adapter: w.cloud.adapter('bob') });
  const bobEvents = collect(bob.events$);
  await w.login(bob, 'bob');
  await w.run(() => alice.calling.call({ userId: 'bob', type: 1 }));
  await w.run(() => bob.accept());
  expect([alice.calling.getSnapshot().status, bob.getSnapshot().status]).toEqual(['inCall', 'inCall']);
  return { alice, bob, bobEvents };
}

const types = (events: readonly (CallingEvent | LiveRoomEvent)[], ...names: string[]) =>
  events.filter((e) => names.includes(e.eventType)).map((e) => e.eventType);
const errors = (events: readonly (CallingEvent | LiveRoomEvent)[]) =>
  events.flatMap((e) => (e.eventType === 'onError' ? [{ code: e.code, msg: e.msg }] : []));

describe('userSig renewal in a call', () => {
  it('renews an expired userSig without ending the call: signaling reconnects, IM works again', async () => {
    const w = world();
    const fresh = await w.sign('alice');
    const { counter, provider } = counted(async () => fresh);
    const { alice, bob, bobEvents } = await inCall(w, provider);
    await w.cloud.advance(PAST_EXPIRY_MS);
    await w.cloud.settle();
    expect(counter.calls).toBe(1);
    expect([alice.calling.getSnapshot().status, bob.getSnapshot().status]).toEqual(['inCall', 'inCall']);
    expect(types(alice.events, 'onCallEnd', 'onUserSigExpired', 'onError')).toEqual([]);
    expect(alice.signaling).toContain('reconnecting');
    expect(alice.calling.getSnapshot().connection).toEqual({ media: 'connected', signaling: 'connected' });
    expect(w.cloud.onlineUsers()).toContain('alice');
    // IM carries her signals again: bob hears her hang-up.
    await w.run(() => alice.calling.hangup());
    expect(bob.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'remoteHangup' } });
    expect(types(bobEvents, 'onError')).toEqual([]);
  });

  it('renews again at the next expiry', async () => {
    const w = world();
    // The k-th renewal's userSig expires SHORT_SEC after the one before it.
    const sigs = await Promise.all([2, 3, 4, 5].map((k) => w.sign('alice', k * SHORT_SEC)));
    const { counter, provider } = counted(async () => sigs[counter.calls - 1] ?? '');
    const { alice } = await inCall(w, provider);
    await w.cloud.advance(3 * PAST_EXPIRY_MS);
    await w.cloud.settle();
    expect(counter.calls).toBe(3);
    expect(alice.calling.getSnapshot().status).toBe('inCall');
    expect(types(alice.events, 'onCallEnd', 'onUserSigExpired', 'onError')).toEqual([]);
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('token server down')), 'token server down'],
    [
      'throws',
      () => {
        throw new Error('no token endpoint configured');
      },
      'no token endpoint configured',
    ],
    [
      'resolves to an empty string',
      () => Promise.resolve(''),
      'userSigProvider(): must be a non-empty string',
    ],
  ] as const)(
    'a provider that %s ends the call as before, after an onError with its text',
    async (_, provide, text) => {
      const w = world();
      const { alice, bob } = await inCall(w, provide as UserSigProvider);
      await w.cloud.advance(PAST_EXPIRY_MS);
      await w.cloud.settle();
      const [error, ...more] = errors(alice.events);
      expect(more).toEqual([]);
      expect(error?.code).toBe(ErrorCode.USER_SIG_EXPIRED);
      expect(error?.msg).toContain(text);
      expect(types(alice.events, 'onError', 'onCallEnd', 'onUserSigExpired')).toEqual([
        'onError',
        'onCallEnd',
        'onUserSigExpired',
      ]);
      expect(alice.calling.getSnapshot()).toMatchObject({
        status: 'loggedOut',
        lastCall: { reason: 'userSigExpired' },
      });
      await w.cloud.advance(40_000);
      expect(bob.getSnapshot()).toMatchObject({ status: 'idle' });
      expect(w.cloud.mediaState('alice')?.roomId).toBeUndefined();
    },
  );

  it('a provider that never answers fails at loginTimeoutSec, naming it', async () => {
    const w = world();
    const { alice } = await inCall(w, () => new Promise<string>(() => undefined), 5);
    await w.cloud.advance(PAST_EXPIRY_MS);
    await w.cloud.settle();
    expect(errors(alice.events)).toEqual([
      { code: ErrorCode.USER_SIG_EXPIRED, msg: expect.stringMatching(/userSigProvider.*5 s/) },
    ]);
    expect(alice.calling.getSnapshot().status).toBe('loggedOut');
  });

  it("a new userSig IM refuses keeps IM's own code and text", async () => {
    const w = world();
    const bobs = await w.sign('bob');
    const { alice } = await inCall(w, async () => bobs);
    await w.cloud.advance(PAST_EXPIRY_MS);
    await w.cloud.settle();
    const [error] = errors(alice.events);
    expect(error?.msg).toContain('userSig refused');
    expect(alice.calling.getSnapshot().status).toBe('loggedOut');
  });

  it('logging out while the provider works leaves IM logged out and nothing pending', async () => {
    const w = world();
    const fresh = await w.sign('alice');
    let answer: (sig: string) => void = () => undefined;
    const { alice } = await inCall(
      w,
      () =>
        new Promise<string>((resolve) => {
          answer = resolve;
        }),
    );
    await w.cloud.advance(PAST_EXPIRY_MS);
    const loggingOut = alice.calling.logout();
    answer(fresh);
    await w.run(() => loggingOut);
    await w.cloud.advance(30_000);
    expect(alice.calling.getSnapshot().status).toBe('loggedOut');
    expect(w.cloud.onlineUsers()).not.toContain('alice');
    expect(errors(alice.events)).toEqual([]);
  });

  it('refuses a userSigProvider that is not a function', () => {
    const w = world();
    expect(() =>
      createCalling({
        adapter: w.cloud.adapter('alice'),
        userSigProvider: 'sig' as unknown as UserSigProvider,
      }),
    ).toThrow(
      expect.objectContaining({
        code: ErrorCode.INVALID_PARAMETER,
        message: expect.stringContaining('userSigProvider'),
      }),
    );
    expect(() =>
      createLiveRoom({ adapter: w.cloud.adapter('bob'), userSigProvider: 1 as unknown as UserSigProvider }),
    ).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_PARAMETER }));
  });
});

/** The anchor live in room 70 and bob watching; `expiring` has the short userSig. */
async function liveRoom(w: World, expiring: 'anchor' | 'bob', provider?: UserSigProvider) {
  const make = (userId: string) => {
    const room = createLiveRoom({
      adapter: w.cloud.adapter(userId),
      ...(userId === expiring && provider ? { userSigProvider: provider } : {}),
    });
    return { room, events: collect(room.events$) };
  };
  const anchor = make('anchor');
  const bob = make('bob');
  await w.login(anchor.room, 'anchor', expiring === 'anchor' ? SHORT_SEC : undefined);
  await w.run(() => anchor.room.createRoom({ roomId: 70, roomName: 'r', coverUrl: '' }));
  await w.run(() => anchor.room.startPublish({ streamId: 's' }));
  await w.login(bob.room, 'bob', expiring === 'bob' ? SHORT_SEC : undefined);
  await w.run(() => bob.room.enterRoom({ roomId: 70 }));
  const seen: string[] = [];
  (expiring === 'anchor' ? anchor : bob).room.state$.subscribe((s) => seen.push(s.connection.signaling));
  return { anchor, bob, signaling: seen };
}

const texts = (events: readonly LiveRoomEvent[]) =>
  events.flatMap((e) => (e.eventType === 'onRecvRoomTextMsg' ? [e.message] : []));

describe('userSig renewal in a live room', () => {
  it.each(['anchor', 'bob'] as const)(
    "%s's userSig is renewed: the room goes on, its IM group is entered again, barrage flows",
    async (expiring) => {
      const w = world();
      const fresh = await w.sign(expiring);
      const { counter, provider } = counted(async () => fresh);
      const { anchor, bob, signaling } = await liveRoom(w, expiring, provider);
      await w.cloud.advance(PAST_EXPIRY_MS);
      await w.cloud.settle();
      expect(counter.calls).toBe(1);
      expect([anchor.room.getSnapshot().status, bob.room.getSnapshot().status]).toEqual(['live', 'watching']);
      expect(signaling).toContain('reconnecting');
      expect(w.cloud.liveRoomMembers(70)).toEqual(expect.arrayContaining(['anchor', 'bob']));
      await w.run(() => anchor.room.sendRoomTextMsg({ msg: 'to bob' }));
      await w.run(() => bob.room.sendRoomTextMsg({ msg: 'to anchor' }));
      expect([texts(bob.events), texts(anchor.events)]).toEqual([['to bob'], ['to anchor']]);
      for (const side of [anchor.events, bob.events])
        expect(types(side, 'onRoomDestroy', 'onError')).toEqual([]);
      expect(w.cloud.liveMediaState('bob')?.roomId).toBe(70);
    },
  );

  it.each(['anchor', 'bob'] as const)(
    'without a provider, %s is logged out at expiry and leaves the TRTC room (as before)',
    async (expiring) => {
      const w = world();
      const { anchor, bob } = await liveRoom(w, expiring);
      await w.cloud.advance(PAST_EXPIRY_MS);
      await w.cloud.settle();
      const side = expiring === 'anchor' ? anchor : bob;
      expect(side.room.getSnapshot().status).toBe('loggedOut');
      expect(w.cloud.liveMediaState(expiring)?.roomId).toBeUndefined();
      expect(types(side.events, 'onError')).toEqual([]);
    },
  );

  it.each(['anchor', 'bob'] as const)(
    "a failing provider logs %s out as before, after an onError with the provider's text",
    async (expiring) => {
      const w = world();
      const { anchor, bob } = await liveRoom(w, expiring, () =>
        Promise.reject(new Error('token server down')),
      );
      await w.cloud.advance(PAST_EXPIRY_MS);
      await w.cloud.settle();
      const side = expiring === 'anchor' ? anchor : bob;
      expect(errors(side.events)).toEqual([
        { code: ErrorCode.USER_SIG_EXPIRED, msg: expect.stringContaining('token server down') },
      ]);
      expect(side.room.getSnapshot().status).toBe('loggedOut');
      expect(w.cloud.liveMediaState(expiring)?.roomId).toBeUndefined();
    },
  );
});

describe('an expiry while the link is down (cloud.expireUserSig)', () => {
  /** Alice and bob in a call on a cloud without a secretKey; alice's sig expires while she is offline. */
  async function expiredOffline(provider?: UserSigProvider) {
    const cloud = createFakeCloud();
    const run = <T>(action: () => Promise<T>) => step({ cloud }, action);
    const make = (userId: string, options = {}) => {
      const calling = createCalling({ adapter: cloud.adapter(userId), ...options });
      return { calling, events: collect(calling.events$) };
    };
    const alice = make('alice', provider ? { userSigProvider: provider } : {});
    const bob = make('bob');
    for (const [id, side] of [
      ['alice', alice],
      ['bob', bob],
    ] as const)
      await run(() => side.calling.login({ sdkAppId: cloud.options.sdkAppId, userId: id, userSig: 'dev' }));
    await run(() => alice.calling.call({ userId: 'bob', type: 1 }));
    await run(() => bob.calling.accept());
    cloud.setOnline('alice', false);
    await cloud.advance(1_000);
    cloud.expireUserSig('alice');
    await cloud.advance(1_000);
    cloud.setOnline('alice', true);
    await cloud.advance(40_000);
    return { cloud, alice, bob };
  }

  it('is heard when the link is back, as IM tells a reconnecting SDK: without a provider the call ends', async () => {
    const { cloud, alice, bob } = await expiredOffline();
    expect(types(alice.events, 'onCallEnd', 'onUserSigExpired')).toEqual(['onCallEnd', 'onUserSigExpired']);
    expect(alice.calling.getSnapshot()).toMatchObject({
      status: 'loggedOut',
      lastCall: { reason: 'userSigExpired' },
    });
    expect(bob.calling.getSnapshot().status).toBe('idle');
    expect(cloud.mediaState('alice')?.roomId).toBeUndefined();
  });

  it('with a provider the userSig is renewed once the link is back, and the call goes on', async () => {
    const { cloud, alice, bob } = await expiredOffline(async () => 'dev-renewed');
    expect([alice.calling.getSnapshot().status, bob.calling.getSnapshot().status]).toEqual([
      'inCall',
      'inCall',
    ]);
    expect(alice.calling.getSnapshot().connection).toEqual({ media: 'connected', signaling: 'connected' });
    expect(cloud.onlineUsers()).toContain('alice');
    expect(types(alice.events, 'onCallEnd', 'onUserSigExpired', 'onError')).toEqual([]);
  });
});
