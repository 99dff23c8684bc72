/**
 * Testkit benchmarks (`pnpm bench`): each suite's numbers go to bench/results/<suite>.json with the
 * machine's facts and the date, and a summary is printed.
 *
 * The script runs an esbuild bundle of this file (core and testkit from source, no keepNames), not
 * tsx: tsx keeps function names by wrapping every closure, which makes each one about four times
 * larger than in the code that ships and would swamp the heap figures.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { callingBenchmarks } from './calling.js';
import { fuzzBenchmarks } from './fuzz-worlds.js';
import { liveRoomBenchmarks } from './live-room.js';
import { recoveryBenchmarks } from './recovery.js';

const machine = () => ({
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  totalMemGb: Math.round(totalmem() / 2 ** 30),
  loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
});

const suites: [string, () => Promise<unknown>][] = [
  ['calling', callingBenchmarks],
  ['live-room', liveRoomBenchmarks],
  ['fuzz', fuzzBenchmarks],
  ['recovery', recoveryBenchmarks],
];
/** BENCH_ONLY=recovery,calling runs those suites only. */
const only = process.env.BENCH_ONLY?.split(',');
for (const [name, run] of suites) {
  if (only && !only.includes(name)) continue;
  const results = await run();
  const report = { date: new Date().toISOString(), machine: machine(), results };
  // Relative to the package (pnpm runs scripts there), wherever the bundle was written.
  writeFileSync(resolve('bench/results', `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`${name}:`, JSON.stringify(results, null, 2));
}
