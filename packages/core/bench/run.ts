/**
 * Core benchmarks (`pnpm bench`): events per second through createCalling to events$, and the
 * min+gzip size of the calling entry with xstate and rxjs bundled in. Writes results/calling.json.
 * It runs as an esbuild bundle (like the shipped code), not through tsx, whose transform inflates closures;
 * the bundle resolves the `module` condition as app bundlers do (else xstate comes in as its CJS build).
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createCalling } from '../src/index.js';
import { stubAdapter } from './stub-adapter.js';

async function eventsPerSecond(): Promise<{ machineRouted: number; mediaStats: number }> {
  const { adapter, media$ } = stubAdapter();
  const calling = createCalling({ adapter });
  let received = 0;
  calling.events$.subscribe(() => received++);
  await calling.login({ sdkAppId: 1, userId: 'alice', userSig: 'x' });
  await calling.call({ userId: 'bob', type: 1 });
  // Media events flow while in a call: bob joins, so they are measured in inCall.
  media$.next({ type: 'userEntered', userId: 'bob' });
  if (calling.getSnapshot().status !== 'inCall') throw new Error('the bench call did not connect');
  const measure = (emit: (i: number) => void, n: number) => {
    for (let i = 0; i < 10_000; i++) emit(i);
    received = 0;
    const start = performance.now();
    for (let i = 0; i < n; i++) emit(i);
    const seconds = (performance.now() - start) / 1000;
    if (received !== n) throw new Error(`expected ${n} events, got ${received}`);
    return Math.round(n / seconds);
  };
  // Availability changes go through the machine (they change participant state).
  const machineRouted = measure(
    (i) => media$.next({ type: 'audioAvailable', userId: 'bob', available: i % 2 === 0 }),
    200_000,
  );
  const volumes = [{ userId: 'bob', volume: 42 }];
  const mediaStats = measure(() => media$.next({ type: 'volumes', volumes }), 500_000);
  await calling.destroy();
  return { machineRouted, mediaStats };
}

async function bundleSize(): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    stdin: {
      contents:
        "export { createCalling } from './src/index.ts'; export { toSeedModule } from './src/seed.ts';",
      resolveDir: process.cwd(), // the package: the script runs bundled from bench/dist
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    treeShaking: true,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const events = await eventsPerSecond();
const size = await bundleSize();
const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: availableParallelism(),
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  eventsPerSecond: { ...events, target: 200_000 },
  callingEntrySize: { ...size, targetGzipBytes: 30 * 1024 },
};
writeFileSync(join(process.cwd(), 'bench/results/calling.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
