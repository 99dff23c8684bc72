import fc from 'fast-check';
import { worldArb } from './arbitraries.js';
import type { FuzzConfig } from './config.js';
import { findingOf, type OpenFinding } from './finding-match.js';
import type { MethodSpec } from './methods.js';
import { openFindings } from './open-findings.js';
import { describeCommands, saveFailure } from './report.js';
import { type Party, type Peer, runWorld, type WorldSpec } from './run-world.js';
import type { World, WorldKind } from './world.js';

export const MAX_STEPS = 60;
/** One world in this many also runs twice with the trace on: the same seed must give the same trace. */
const DETERMINISM_EVERY = 40;

/** How a kind of world is checked besides its spec. */
export interface CheckOptions {
  /** Interop worlds: the official kits their peer is drawn from. */
  readonly peerKits?: readonly string[];
  /** The open findings excused (default: open-findings.ts). */
  readonly findings?: readonly OpenFinding[];
  /** The test file that runs this kind, for the replay command. */
  readonly testFile?: string;
}

/** The violations that are not open findings; those are counted by id. */
function unexcused(
  findings: readonly OpenFinding[],
  world: World,
  violations: readonly string[],
  excused?: Map<string, number>,
): string[] {
  const ids = new Set<string>();
  const left = violations.filter((v) => {
    const finding = findingOf(findings, world, v);
    if (finding) ids.add(finding.id);
    return !finding;
  });
  for (const id of ids) excused?.set(id, (excused.get(id) ?? 0) + 1);
  return left;
}

/** Runs a world and throws its violations; some worlds also check that a rerun replays exactly. */
async function holds<S, P extends Party<S>, Pe extends Peer>(
  world: World,
  spec: WorldSpec<S, P, Pe>,
  findings: readonly OpenFinding[],
  excused: Map<string, number>,
): Promise<void> {
  const violations = unexcused(findings, world, (await runWorld(world, spec, false)).violations, excused);
  if (violations.length > 0) throw new Error(violations.join('\n'));
  if (world.seed % DETERMINISM_EVERY !== 0) return;
  const first = (await runWorld(world, spec, true)).cloud.exportTrace();
  const second = (await runWorld(world, spec, true)).cloud.exportTrace();
  if (first !== second) throw new Error('the same world gave two different traces');
}

export interface FuzzOutcome {
  readonly worlds: number;
  /** Worlds whose only violations were open findings, by finding. */
  readonly excused: ReadonlyMap<string, number>;
  /** Empty when every world held; else the shrunk world, its violations and where its trace went. */
  readonly failure: string;
}

/**
 * Checks `config.worlds` random worlds of one kind with fast-check; a failure is shrunk to a
 * minimal world, rerun with the trace on and saved for the playground.
 */
export async function checkWorlds<S, P extends Party<S>, Pe extends Peer>(
  kind: WorldKind,
  spec: WorldSpec<S, P, Pe>,
  config: FuzzConfig,
  options: CheckOptions = {},
): Promise<FuzzOutcome> {
  const excused = new Map<string, number>();
  const findings = options.findings ?? openFindings;
  const methods = spec.methods as Readonly<Record<string, MethodSpec<never>>>;
  const arb = worldArb(kind, methods, MAX_STEPS, options.peerKits);
  const details = await fc.check(
    fc.asyncProperty(arb, (world) => holds(world, spec, findings, excused)),
    { seed: config.seed, numRuns: config.worlds, ...(config.path ? { path: config.path } : {}) },
  );
  if (!details.failed || !details.counterexample) return { worlds: details.numRuns, excused, failure: '' };
  const [world] = details.counterexample;
  const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} pnpm vitest run ${options.testFile ?? `packages/testkit/test/fuzz/${kind}.fuzz.test.ts`}`;
  const result = await runWorld(world, spec, true);
  const file = saveFailure(`${kind}-seed${details.seed}`, world, result, replay);
  const failure = [
    `${kind} world failed (seed ${details.seed}, path ${details.counterexamplePath}, shrunk ${details.numShrinks} times)`,
    `replay: ${replay}`,
    `world: ${JSON.stringify({ ...world, steps: world.steps.length })}`,
    'violations:',
    ...(unexcused(findings, world, result.violations).length > 0
      ? unexcused(findings, world, result.violations)
      : [String(details.errorInstance)]),
    'steps (virtual ms since start):',
    describeCommands(result),
    `trace for the playground ("load"): ${file}`,
  ].join('\n');
  return { worlds: details.numRuns, excused, failure };
}
