import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeCloud, devSignUserSig } from '@trtc-smart/testkit';
// @ts-expect-error tls-sig-api-v2 ships no type declarations
import TLSSigAPIv2 from 'tls-sig-api-v2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { genTestUserSig } from '../src/dev-usersig.js';

const SDK_APP_ID = 1400000001;
const SECRET = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
const NOW_SEC = 1_767_225_600;

describe('dev-usersig (development only)', () => {
  afterEach(() => vi.useRealTimers());

  it("matches Tencent's tls-sig-api-v2 byte for byte on fixed inputs", async () => {
    for (const [userId, expireSec] of [
      ['alice', 86_400],
      ['user_2-B', 604_800],
      ['x', 1],
    ] as const) {
      vi.useFakeTimers({ now: NOW_SEC * 1000, toFake: ['Date'] });
      const reference: string = new TLSSigAPIv2.Api(SDK_APP_ID, SECRET).genUserSig(userId, expireSec);
      vi.useRealTimers();
      expect(
        await genTestUserSig({ sdkAppId: SDK_APP_ID, secretKey: SECRET, userId, expireSec, nowSec: NOW_SEC }),
      ).toBe(reference);
    }
  });

  it("signs what the testkit's signer signs, and the fake cloud's verifier accepts it", async () => {
    const params = {
      sdkAppId: SDK_APP_ID,
      secretKey: SECRET,
      userId: 'bob',
      expireSec: 3600,
      nowSec: NOW_SEC,
    };
    const sig = await genTestUserSig(params);
    expect(sig).toBe(await devSignUserSig(params));
    const cloud = createFakeCloud({ sdkAppId: SDK_APP_ID, secretKey: SECRET, startTime: NOW_SEC * 1000 });
    const device = cloud.adapter('bob');
    const login = device.session.login({ sdkAppId: SDK_APP_ID, userId: 'bob', userSig: sig });
    await cloud.settle();
    await expect(login).resolves.toBeUndefined();
  });

  it('defaults to now and a 7-day expiry', async () => {
    vi.useFakeTimers({ now: NOW_SEC * 1000, toFake: ['Date'] });
    const reference: string = new TLSSigAPIv2.Api(SDK_APP_ID, SECRET).genUserSig('carol', 604_800);
    expect(await genTestUserSig({ sdkAppId: SDK_APP_ID, secretKey: SECRET, userId: 'carol' })).toBe(
      reference,
    );
  });

  it('is not reachable from the main entry: no other source file imports it', () => {
    const dir = join(import.meta.dirname, '../src');
    const importers = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && file !== 'dev-usersig.ts')
      .filter((file) => readFileSync(join(dir, file), 'utf8').includes('dev-usersig'));
    expect(importers).toEqual([]);
  });
});
