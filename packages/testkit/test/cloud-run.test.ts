import { CallType, createCalling, ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

describe('cloud.run(promise)', () => {
  it('runs virtual time until a login resolves, and lets the messages on their way land', async () => {
    const cloud = createFakeCloud({ seed: 1, latencyMs: 20, jitterMs: 40 });
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    const { sdkAppId } = cloud.options;
    await cloud.run(alice.login({ sdkAppId, userId: 'alice', userSig: 'dev' }));
    await cloud.run(bob.login({ sdkAppId, userId: 'bob', userSig: 'dev' }));
    expect(alice.getSnapshot().status).toBe('idle');
    await cloud.run(alice.call({ userId: 'bob', type: CallType.VIDEO }));
    expect(bob.getSnapshot().status).toBe('ringing');
    expect(cloud.network.inFlight()).toBe(0);
  });

  it('rejects as the promise does, with no unhandled rejection, even when it rejects at once', async () => {
    const cloud = createFakeCloud({ seed: 1 });
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const refused = cloud.run(alice.login({ sdkAppId: cloud.options.sdkAppId, userId: '', userSig: 'dev' }));
    await cloud.flush(); // the rejection happens before anyone awaits run()
    await expect(refused).rejects.toMatchObject({ code: ErrorCode.INVALID_PARAMETER });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled).toEqual([]);
  });

  it('takes a function that starts the work, and its synchronous throw', async () => {
    const cloud = createFakeCloud({ seed: 1 });
    await expect(cloud.run(async () => 7)).resolves.toBe(7);
    await expect(
      cloud.run(() => {
        throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'thrown');
      }),
    ).rejects.toThrow('thrown');
  });

  it('fails with a clear error when the promise cannot settle (no timer left) or not within maxMs', async () => {
    const cloud = createFakeCloud({ seed: 1 });
    await expect(cloud.run(new Promise(() => undefined))).rejects.toThrow(
      /run\(\): the promise is still pending and nothing is left to run/,
    );
    cloud.clock.setTimeout(() => undefined, 5_000);
    await expect(cloud.run(new Promise(() => undefined), 1_000)).rejects.toThrow(
      /run\(\): the promise is still pending after 1000 virtual ms/,
    );
  });

  it('moves time only as far as the promise needs', async () => {
    const cloud = createFakeCloud({ seed: 1 });
    const start = cloud.clock.now();
    const later = new Promise<string>((resolve) => cloud.clock.setTimeout(() => resolve('done'), 3_000));
    cloud.clock.setTimeout(() => undefined, 10_000);
    await expect(cloud.run(later)).resolves.toBe('done');
    expect(cloud.clock.now() - start).toBe(3_000);
  });
});
