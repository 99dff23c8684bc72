/**
 * Testkit benchmarks (`pnpm bench`): each suite's numbers go to bench/results/<suite>.json with the
 * machine's facts and the date, and a summary is printed.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { callingBenchmarks } from './calling.js';
import { liveRoomBenchmarks } from './live-room.js';

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
];
for (const [name, run] of suites) {
  const results = await run();
  const report = { date: new Date().toISOString(), machine: machine(), results };
  writeFileSync(new URL(`./results/${name}.json`, import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`${name}:`, JSON.stringify(results, null, 2));
}
