/**
 * Live-room benchmarks on the fake cloud (trace off, so the figures are the SDK's and the cloud's):
 * 1. fan-out: one room text message reaching 10,000 watching audience members (port level, through
 *    the network), as deliveries per second and ms per message;
 * 2. room lifecycles per second through createLiveRoom (create, publish, an audience member enters,
 *    requests link mic, is accepted, publishes, is kicked out, the room is destroyed), and the heap
 *    growth after 2,000 of them.
 */
import { createLiveRoom } from '@trtc-smart/core';
import { createFakeCloud } from '../src/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heapAfterGc = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

async function fanOut(audienceSize: number, messages: number) {
  const cloud = createFakeCloud({ seed: 1, trace: false });
  const sdkAppId = cloud.options.sdkAppId;
  const anchor = createLiveRoom({ adapter: cloud.adapter('anchor') });
  const run = async <T>(p: Promise<T>) => {
    await cloud.settle();
    return p;
  };
  await run(anchor.login({ sdkAppId, userId: 'anchor', userSig: 'dev' }));
  await run(anchor.createRoom({ roomId: 1, roomName: 'bench', coverUrl: '' }));
  await run(anchor.startPublish({ streamId: 'bench' }));
  let received = 0;
  const joins: Promise<void>[] = [];
  for (let i = 0; i < audienceSize; i++) {
    const userId = `v${i}`;
    const adapter = cloud.adapter(userId);
    adapter.liveSignaling.events$.subscribe((e) => {
      if (e.type === 'roomMessage') received++;
    });
    joins.push(
      (async () => {
        await adapter.session.login({ sdkAppId, userId, userSig: 'dev' });
        await adapter.liveSignaling.enterRoom({ roomId: 1 });
        await adapter.liveMedia.enterRoom({ roomId: 1, userId, role: 'audience' });
      })(),
    );
  }
  const joinStart = performance.now();
  await run(Promise.all(joins));
  const joinMs = performance.now() - joinStart;
  const start = performance.now();
  for (let i = 0; i < messages; i++) await run(anchor.sendRoomTextMsg({ msg: `m${i}` }));
  const seconds = (performance.now() - start) / 1000;
  if (received !== audienceSize * messages)
    throw new Error(`expected ${audienceSize * messages}, got ${received}`);
  return {
    audienceSize,
    messages,
    deliveriesPerSecond: Math.round(received / seconds),
    msPerMessage: Number(((seconds * 1000) / messages).toFixed(1)),
    joinAllMs: Math.round(joinMs),
  };
}

async function lifecycles(warmup: number, n: number, leakRuns: number) {
  const cloud = createFakeCloud({ seed: 1, trace: false });
  const sdkAppId = cloud.options.sdkAppId;
  const anchor = createLiveRoom({ adapter: cloud.adapter('anchor') });
  const viewer = createLiveRoom({ adapter: cloud.adapter('viewer') });
  const run = async <T>(p: Promise<T>) => {
    await cloud.settle();
    return p;
  };
  await run(anchor.login({ sdkAppId, userId: 'anchor', userSig: 'dev' }));
  await run(viewer.login({ sdkAppId, userId: 'viewer', userSig: 'dev' }));
  const lifecycle = async (i: number) => {
    const roomId = 1 + (i % 1000);
    await run(anchor.createRoom({ roomId, roomName: 'bench', coverUrl: '' }));
    await run(anchor.startPublish({ streamId: 'a' }));
    await run(viewer.enterRoom({ roomId }));
    await run(viewer.requestJoinAnchor({ reason: 'hi' }));
    await run(anchor.responseJoinAnchor({ userId: 'viewer', isAgree: true, reason: 'ok' }));
    await run(viewer.startPublish({ streamId: 'v' }));
    await run(anchor.kickoutJoinAnchor({ userId: 'viewer' }));
    await run(anchor.destroyRoom());
    if (anchor.getSnapshot().status !== 'outside' || viewer.getSnapshot().status !== 'outside') {
      throw new Error(`not outside: ${anchor.getSnapshot().status} / ${viewer.getSnapshot().status}`);
    }
  };
  for (let i = 0; i < warmup; i++) await lifecycle(i);
  const start = performance.now();
  for (let i = 0; i < n; i++) await lifecycle(i);
  const perSecond = Math.round(n / ((performance.now() - start) / 1000));
  const before = heapAfterGc();
  for (let i = 0; i < leakRuns; i++) await lifecycle(i);
  return {
    lifecyclesPerSecond: perSecond,
    heapGrowthBytes: heapAfterGc() - before,
    leakRuns,
    gcExposed: gc !== undefined,
  };
}

export async function liveRoomBenchmarks() {
  return {
    fanOut: await fanOut(10_000, 20),
    roomLifecycle: await lifecycles(100, 1_000, 2_000),
  };
}
