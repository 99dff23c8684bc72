import { CallType, createCalling } from '@trtc-smart/core';
import { devSignUserSig, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { webAdapterHarness } from './web-adapter-harness.js';

const secretKey = 'test-secret-key-not-a-real-one';

describe('adapter-web: userSig renewal', () => {
  it("chat's KICKED_OUT (userSig expired) becomes chat.login with the provider's userSig; the call goes on", async () => {
    const world = webAdapterHarness.world({ secretKey });
    const { cloud, sdkAppId } = world;
    const nowSec = Math.floor(cloud.clock.now() / 1000);
    const sign = (userId: string, expireSec: number) =>
      devSignUserSig({ sdkAppId, secretKey, userId, expireSec, nowSec });
    const [short, fresh, bobSig] = await Promise.all([
      sign('alice', 120),
      sign('alice', 3600),
      sign('bob', 3600),
    ]);
    const alice = createCalling({ adapter: world.adapter('alice'), userSigProvider: async () => fresh });
    const bob = createCalling({ adapter: world.adapter('bob') });
    const aliceEvents: string[] = [];
    alice.events$.subscribe((e) => aliceEvents.push(e.eventType));
    await step(world, () => alice.login({ sdkAppId, userId: 'alice', userSig: short }));
    await step(world, () => bob.login({ sdkAppId, userId: 'bob', userSig: bobSig }));
    await step(world, () => alice.call({ userId: 'bob', type: CallType.AUDIO }));
    await step(world, () => bob.accept());

    await cloud.advance(130_000);
    await cloud.settle();

    const logins = cloud
      .trace()
      .filter((e) => e.type === 'call' && e.method === 'session.login' && e.device === 'alice')
      .map((e) => (e as { params?: { userSig?: string } }).params?.userSig);
    expect(logins).toEqual([short, fresh]);
    expect([alice.getSnapshot().status, bob.getSnapshot().status]).toEqual(['inCall', 'inCall']);
    expect(alice.getSnapshot().connection).toEqual({ media: 'connected', signaling: 'connected' });
    expect(aliceEvents.filter((t) => ['onCallEnd', 'onUserSigExpired', 'onError'].includes(t))).toEqual([]);
    // Chat signals again with the new userSig: bob hears the hang-up.
    await step(world, () => alice.hangup());
    expect(bob.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'remoteHangup' } });
  });
});
