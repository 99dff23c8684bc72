import { createCalling, ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, devSignUserSig } from '../src/index.js';

/** Login through createCalling against a cloud that checks TLS v2 signatures. */
const secretKey = 'test-secret-key-not-a-real-one';

async function setup() {
  const cloud = createFakeCloud({ secretKey });
  const nowSec = Math.floor(cloud.clock.now() / 1000);
  const sign = (userId: string, expireSec: number, key = secretKey) =>
    devSignUserSig({ sdkAppId: cloud.options.sdkAppId, secretKey: key, userId, expireSec, nowSec });
  const user = (userId: string) => {
    const calling = createCalling({ adapter: cloud.adapter(userId) });
    const events: string[] = [];
    calling.events$.subscribe((e) => events.push(e.eventType));
    const login = async (userSig: string) => {
      const done = calling.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig });
      done.catch(() => undefined); // awaited below, after the network settles
      await cloud.settle();
      return done;
    };
    return { calling, events, login };
  };
  return { cloud, sign, user };
}

describe('userSig checks through createCalling', () => {
  it('a valid signature logs in', async () => {
    const { sign, user } = await setup();
    const alice = user('alice');
    await alice.login(await sign('alice', 3600));
    expect(alice.calling.getSnapshot().status).toBe('idle');
  });

  it.each([
    [
      'signed with another key',
      async (s: Awaited<ReturnType<typeof setup>>) => s.sign('alice', 3600, 'other-key'),
      ErrorCode.USER_SIG_INVALID,
    ],
    [
      'signed for another user',
      async (s: Awaited<ReturnType<typeof setup>>) => s.sign('bob', 3600),
      ErrorCode.USER_SIG_INVALID,
    ],
    ['malformed', async () => 'not-a-signature', ErrorCode.USER_SIG_INVALID],
    [
      'expired',
      async (s: Awaited<ReturnType<typeof setup>>) => s.sign('alice', 0),
      ErrorCode.USER_SIG_EXPIRED,
    ],
  ])('a signature %s is refused and the user stays logged out', async (_, make, code) => {
    const s = await setup();
    const alice = s.user('alice');
    await s.cloud.advance(1_000);
    await expect(alice.login(await make(s))).rejects.toMatchObject({ code });
    expect(alice.calling.getSnapshot().status).toBe('loggedOut');
  });

  it('expiry during a call ends it with onUserSigExpired on that side and a hang-up on the other', async () => {
    const { cloud, sign, user } = await setup();
    const alice = user('alice');
    const bob = user('bob');
    await alice.login(await sign('alice', 120));
    await bob.login(await sign('bob', 3600));
    const calling = alice.calling.call({ userId: 'bob', type: 2 });
    await cloud.settle();
    await calling;
    const accepting = bob.calling.accept();
    await cloud.settle();
    await accepting;
    expect(bob.calling.getSnapshot().status).toBe('inCall');
    await cloud.advance(121_000);
    await cloud.advance(10_000);
    expect(alice.events).toContain('onUserSigExpired');
    expect(alice.calling.getSnapshot()).toMatchObject({
      status: 'loggedOut',
      lastCall: { reason: 'userSigExpired' },
    });
    expect(bob.calling.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'remoteHangup' } });
  });
});
