/**
 * The fault harness's speed (test/fuzz): random worlds per second, calls and live rooms, each run
 * to its end checks exactly as `pnpm test` runs them (trace off). CPU time is reported beside wall
 * time because the machine is shared: worlds per CPU second is the figure that stays put.
 */
import fc from 'fast-check';
import { worldArb } from '../test/fuzz/arbitraries.js';
import { callingWorld } from '../test/fuzz/calling-world.js';
import { MAX_STEPS } from '../test/fuzz/check-worlds.js';
import { liveWorld } from '../test/fuzz/live-world.js';
import type { MethodSpec } from '../test/fuzz/methods.js';
import { type Party, runWorld, type WorldSpec } from '../test/fuzz/run-world.js';
import type { WorldKind } from '../test/fuzz/world.js';

const WORLDS = 1_000;

async function measure<S, P extends Party<S>>(kind: WorldKind, spec: WorldSpec<S, P>) {
  const methods = spec.methods as Readonly<Record<string, MethodSpec<never>>>;
  const worlds = fc.sample(worldArb(kind, methods, MAX_STEPS), { seed: 1, numRuns: WORLDS });
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  let violating = 0;
  for (const world of worlds) if ((await runWorld(world, spec, false)).violations.length > 0) violating++;
  const wallS = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  return {
    worlds: WORLDS,
    steps: worlds.reduce((n, w) => n + w.steps.length, 0),
    violating,
    worldsPerSecond: Math.round(WORLDS / wallS),
    worldsPerCpuSecond: Math.round(WORLDS / cpuS),
  };
}

export async function fuzzBenchmarks() {
  const calling = await measure('calling', callingWorld);
  const live = await measure('live', liveWorld);
  // `pnpm test` runs 5,000 of each kind, one kind per vitest worker.
  const cpuSecondsFor10k = Math.round(5_000 / calling.worldsPerCpuSecond + 5_000 / live.worldsPerCpuSecond);
  return { calling, live, cpuSecondsFor10kWorlds: { value: cpuSecondsFor10k, target: 180 } };
}
