/**
 * Calling benchmarks on the fake cloud: full 1:1 call lifecycles per second (login once, then
 * call → accept → hang up, each step run until the network is quiet) and heap growth after 10,000
 * lifecycles. The cloud's trace is off so the heap figure is the SDK's, not the recorder's.
 */
import { createCalling } from '@trtc-smart/core';
import { createFakeCloud } from '../src/index.js';

async function setup() {
  const cloud = createFakeCloud({ seed: 1, trace: false });
  const alice = createCalling({ adapter: cloud.adapter('alice') });
  const bob = createCalling({ adapter: cloud.adapter('bob') });
  const logins = Promise.all([
    alice.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 'dev' }),
    bob.login({ sdkAppId: cloud.options.sdkAppId, userId: 'bob', userSig: 'dev' }),
  ]);
  await cloud.settle();
  await logins;
  const lifecycle = async () => {
    const calling = alice.call({ userId: 'bob', type: 1 });
    await cloud.settle();
    await calling;
    const accepting = bob.accept();
    await cloud.settle();
    await accepting;
    const hangingUp = alice.hangup();
    await cloud.settle();
    await hangingUp;
    if (alice.getSnapshot().status !== 'idle' || bob.getSnapshot().status !== 'idle')
      throw new Error('not idle');
  };
  return { lifecycle };
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapAfterGc = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

export async function callingBenchmarks() {
  const { lifecycle } = await setup();
  for (let i = 0; i < 500; i++) await lifecycle();
  const n = 5_000;
  const start = performance.now();
  for (let i = 0; i < n; i++) await lifecycle();
  const lifecyclesPerSecond = Math.round(n / ((performance.now() - start) / 1000));

  const before = heapAfterGc();
  for (let i = 0; i < 10_000; i++) await lifecycle();
  const growthBytes = heapAfterGc() - before;
  return {
    lifecyclesPerSecond: { value: lifecyclesPerSecond, target: 2_000 },
    heapGrowthAfter10kLifecycles: {
      bytes: growthBytes,
      targetBytes: 1024 * 1024,
      gcExposed: gc !== undefined,
    },
  };
}
