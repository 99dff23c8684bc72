import { CallType } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, devSignUserSig } from '../src/index.js';

const secretKey = 'determinism-key';

/** A whole scripted call with faults: every random draw and every async step must replay. */
async function scenario(seed: number): Promise<string> {
  const cloud = createFakeCloud({ seed, secretKey, jitterMs: 40 });
  cloud.network.configure({ loss: 0.05, duplicate: 0.2 });
  const ids = ['alice', 'bob', 'carol'];
  const adapters = ids.map((id) => cloud.adapter(id));
  const ignore = (p: Promise<void>) => {
    p.catch(() => undefined);
  };
  for (const [i, adapter] of adapters.entries()) {
    const userId = ids[i] as string;
    const userSig = await devSignUserSig({
      sdkAppId: cloud.options.sdkAppId,
      secretKey,
      userId,
      expireSec: 3600,
      nowSec: cloud.clock.now() / 1000,
    });
    ignore(adapter.session.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig }));
  }
  await cloud.settle();
  const [alice, bob, carol] = adapters as [(typeof adapters)[0], (typeof adapters)[0], (typeof adapters)[0]];
  const roomId = 1 + Math.floor(alice.random.next() * 1_000_000);
  ignore(
    alice.callSignaling.invite({
      roomId,
      invitees: ['bob', 'carol'],
      participants: [],
      callType: CallType.VIDEO,
      isGroup: true,
      timeoutSec: 30,
    }),
  );
  await cloud.settle();
  ignore(bob.callSignaling.accept({ roomId }));
  ignore(carol.callSignaling.reject({ roomId, reason: 'busy' }));
  ignore(alice.callMedia.enterRoom({ roomId, userId: 'alice', callType: CallType.VIDEO }));
  ignore(bob.callMedia.enterRoom({ roomId, userId: 'bob', callType: CallType.VIDEO }));
  await cloud.settle();
  ignore(alice.callMedia.openCamera({ isFront: true, view: { x: 0, y: 0, w: 10, h: 10 } }));
  await cloud.advance(3000);
  cloud.network.partition('bob');
  await cloud.advance(9000);
  cloud.network.heal('bob');
  ignore(alice.callSignaling.hangup({ roomId, userIds: ['bob'], durationSec: 12 }));
  ignore(alice.callMedia.exitRoom());
  await cloud.settle();
  await cloud.advance(40_000);
  return cloud.exportTrace();
}

describe('determinism', () => {
  it('the same seed and script give an identical trace', async () => {
    const first = await scenario(42);
    const second = await scenario(42);
    expect(second).toBe(first);
    const entries = JSON.parse(first) as { type: string; kind?: string }[];
    expect(entries.some((e) => e.type === 'drop')).toBe(true);
    expect(entries.some((e) => e.type === 'duplicate')).toBe(true);
    expect(entries.some((e) => e.kind === 'media.volumes')).toBe(true);
  });

  it('a different seed gives a different trace', async () => {
    expect(await scenario(43)).not.toBe(await scenario(42));
  });

  it('the trace is plain JSON', async () => {
    const cloud = createFakeCloud();
    const alice = cloud.adapter('alice');
    const login = alice.session.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' });
    await cloud.settle();
    await login;
    expect(JSON.parse(cloud.exportTrace())).toEqual(cloud.trace());
    expect(cloud.trace().map((e) => e.type)).toEqual([
      'call',
      'send',
      'deliver',
      'send',
      'deliver',
      'local',
      'result',
    ]);
  });
});
