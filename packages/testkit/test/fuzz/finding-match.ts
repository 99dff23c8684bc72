import type { World } from './world.js';

/**
 * A violation the harness found that is reported and not fixed yet: the fuzz run counts and
 * prints it instead of failing. It applies only to worlds with one of `faults` (none: any world),
 * all of `allFaults`, (interop worlds) a peer of one of `kits`, and multi-terminal ones if so marked.
 */
export interface OpenFinding {
  readonly id: string;
  readonly pattern: RegExp;
  /** The finding is excused only in worlds that inject one of these faults... */
  readonly faults?: readonly string[];
  /** ...and all of these... */
  readonly allFaults?: readonly string[];
  /** ...and whose official peer runs one of these kits... */
  readonly kits?: readonly string[];
  /** ...and, when set, only multi-terminal worlds. */
  readonly multiTerminal?: true;
}

const injects = (world: World, fault: string) => world.steps.some((s) => s.op === fault);

/** The finding of `findings` a violation of this world is, if any. */
export function findingOf(
  findings: readonly OpenFinding[],
  world: World,
  violation: string,
): OpenFinding | undefined {
  return findings.find(
    (f) =>
      f.pattern.test(violation) &&
      (f.faults === undefined || f.faults.some((fault) => injects(world, fault))) &&
      (f.allFaults ?? []).every((fault) => injects(world, fault)) &&
      (f.kits === undefined || f.kits.includes(world.peer?.kit ?? '')) &&
      (f.multiTerminal === undefined || world.multiTerminal),
  );
}
