/**
 * Live-room benchmarks, as issue 3 defines them, on one fake cloud with the trace off (the figures
 * are the SDK's and the cloud's, not the recorder's):
 * 1. crowd: 1 anchor and 10,000 audience createLiveRoom instances, each logged in and in the room.
 *    Heap per audience instance = (heap after creating and entering all − heap before) / 10,000,
 *    after gc; and the real time from the anchor's sendRoomTextMsg until every audience instance's
 *    events$ delivered it, the virtual clock driven as fast as it goes;
 * 2. port → events$: the cost of one incoming room text message through createLiveRoom, as a ratio
 *    to a bare RxJS Subject pipeline doing the equivalent filter and mapping, in the same run;
 * 3. room lifecycles per second (create, publish, enter, link mic, kick-out, destroy) and the
 *    heap growth after 2,000 of them (leaks in core or the fake cloud).
 */
import { createLiveRoom, type LiveRoomEvent, type LiveSignalingEvent } from '@trtc-smart/core';
import { filter, map, merge, Subject } from 'rxjs';
import { createFakeCloud, type FakeAdapter, type FakeCloud } from '../src/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heapAfterGc = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const KB = 1024;

/** Resolves `p` after running the cloud until nothing is in flight. */
const settled = async <T>(cloud: FakeCloud, p: Promise<T>): Promise<T> => {
  await cloud.settle();
  return p;
};

async function liveAnchor(cloud: FakeCloud, roomId: number) {
  const sdkAppId = cloud.options.sdkAppId;
  const anchor = createLiveRoom({ adapter: cloud.adapter('anchor') });
  await settled(cloud, anchor.login({ sdkAppId, userId: 'anchor', userSig: 'dev' }));
  await settled(cloud, anchor.createRoom({ roomId, roomName: 'bench', coverUrl: '' }));
  await settled(cloud, anchor.startPublish({ streamId: 'bench' }));
  return anchor;
}

async function crowd(audienceSize: number, messages: number) {
  const cloud = createFakeCloud({ seed: 1, trace: false });
  const sdkAppId = cloud.options.sdkAppId;
  const anchor = await liveAnchor(cloud, 1);
  let received = 0;
  let allReceivedAt = 0;
  const onEvent = (e: LiveRoomEvent) => {
    if (e.eventType === 'onRecvRoomTextMsg' && ++received === audienceSize) allReceivedAt = performance.now();
  };

  const before = heapAfterGc();
  const adapters: FakeAdapter[] = [];
  for (let i = 0; i < audienceSize; i++) adapters.push(cloud.adapter(`v${i}`));
  const afterAdapters = heapAfterGc();
  const joinStart = performance.now();
  const audience = adapters.map((adapter, i) => {
    const room = createLiveRoom({ adapter });
    room.events$.subscribe(onEvent);
    return { room, userId: `v${i}` };
  });
  await settled(
    cloud,
    Promise.all(audience.map(({ room, userId }) => room.login({ sdkAppId, userId, userSig: 'dev' }))),
  );
  await settled(cloud, Promise.all(audience.map(({ room }) => room.enterRoom({ roomId: 1 }))));
  const joinAllMs = performance.now() - joinStart;
  const after = heapAfterGc();
  if (audience.some(({ room }) => room.getSnapshot().status !== 'watching'))
    throw new Error('not all watching');

  const deliveryMs: number[] = [];
  for (let i = 0; i < messages; i++) {
    received = 0;
    const start = performance.now();
    await settled(cloud, anchor.sendRoomTextMsg({ msg: `m${i}` }));
    if (received !== audienceSize) throw new Error(`message ${i}: ${received} of ${audienceSize} delivered`);
    deliveryMs.push(allReceivedAt - start);
  }
  const sorted = [...deliveryMs].sort((a, b) => a - b);
  return {
    audienceSize,
    heapPerAudienceInstance: {
      bytes: Math.round((after - before) / audienceSize),
      targetBytes: 20 * KB,
      ofWhichFakeDevice: Math.round((afterAdapters - before) / audienceSize),
      ofWhichLiveRoomInstance: Math.round((after - afterAdapters) / audienceSize),
    },
    oneTextMessageToAll: {
      firstMs: round(deliveryMs[0] ?? Number.NaN),
      medianMs: round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN),
      bestMs: round(sorted[0] ?? Number.NaN),
      messages,
      targetMs: 50,
    },
    joinAllMs: Math.round(joinAllMs),
    gcExposed: gc !== undefined,
  };
}

/** An adapter whose room messages the benchmark pushes straight into its signaling port. */
function injectable(adapter: FakeAdapter) {
  const injected = new Subject<LiveSignalingEvent>();
  const liveSignaling = { ...adapter.liveSignaling, events$: merge(adapter.liveSignaling.events$, injected) };
  return { adapter: { ...adapter, liveSignaling }, injected };
}

async function portToEvents(n: number) {
  const cloud = createFakeCloud({ seed: 1, trace: false });
  await liveAnchor(cloud, 1);
  const { adapter, injected } = injectable(cloud.adapter('viewer'));
  const viewer = createLiveRoom({ adapter });
  await settled(cloud, viewer.login({ sdkAppId: cloud.options.sdkAppId, userId: 'viewer', userSig: 'dev' }));
  await settled(cloud, viewer.enterRoom({ roomId: 1 }));
  let count = 0;
  viewer.events$.subscribe(() => count++);

  // The same work without the SDK: the room's text messages mapped to the seed's event.
  const bare = new Subject<LiveSignalingEvent>();
  const roomId = 1;
  bare
    .pipe(
      filter((e) => e.type === 'roomMessage' && e.roomId === roomId),
      map((e) => {
        const { from, message } = e as Extract<LiveSignalingEvent, { type: 'roomMessage' }>;
        return {
          eventType: 'onRecvRoomTextMsg',
          fromUser: from,
          message: message.kind === 'text' ? message.text : message.message,
        };
      }),
    )
    .subscribe(() => count++);

  const from = { userId: 'anchor', userName: '', avatarUrl: '' };
  const message: LiveSignalingEvent = {
    type: 'roomMessage',
    roomId,
    from,
    message: { kind: 'text', text: 'hi' },
  };
  const nsPerMessage = (target: Subject<LiveSignalingEvent>) => {
    for (let i = 0; i < 20_000; i++) target.next(message);
    count = 0;
    const start = performance.now();
    for (let i = 0; i < n; i++) target.next(message);
    const ns = ((performance.now() - start) * 1e6) / n;
    if (count !== n) throw new Error(`expected ${n} events, got ${count}`);
    return ns;
  };
  // Alternate the two and keep each one's best, so a burst of load on the machine hits both alike.
  let liveRoom = Number.POSITIVE_INFINITY;
  let rxjs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    liveRoom = Math.min(liveRoom, nsPerMessage(injected));
    rxjs = Math.min(rxjs, nsPerMessage(bare));
  }
  return {
    messages: n,
    createLiveRoomNs: round(liveRoom),
    bareRxjsNs: round(rxjs),
    ratio: round(liveRoom / rxjs),
    targetRatio: 3,
  };
}

async function lifecycles(warmup: number, n: number, leakRuns: number) {
  const cloud = createFakeCloud({ seed: 1, trace: false });
  const sdkAppId = cloud.options.sdkAppId;
  const anchor = createLiveRoom({ adapter: cloud.adapter('anchor') });
  const viewer = createLiveRoom({ adapter: cloud.adapter('viewer') });
  const run = <T>(p: Promise<T>) => settled(cloud, p);
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
  const growth = heapAfterGc() - before;
  return {
    lifecyclesPerSecond: perSecond,
    heapGrowthBytes: growth,
    heapGrowthBytesPerLifecycle: Math.round(growth / leakRuns),
    leakRuns,
    gcExposed: gc !== undefined,
  };
}

const round = (x: number) => Number(x.toFixed(1));

export async function liveRoomBenchmarks() {
  return {
    crowd: await crowd(10_000, 5),
    portToEvents: await portToEvents(200_000),
    roomLifecycle: await lifecycles(100, 1_000, 2_000),
  };
}
