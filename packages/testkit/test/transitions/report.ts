import type { MachineGraph } from '@trtc-smart/core/inspect';
import { expect } from 'vitest';

/**
 * Prints `name: taken/all transitions (pct%)` and fails naming every transition no path took, so a
 * transition added to a machine without a path that drives it fails CI.
 */
export function expectFullCoverage(
  name: string,
  all: readonly string[],
  taken: ReadonlySet<string>,
  graph: MachineGraph,
): void {
  const covered = all.filter((t) => taken.has(t)).length;
  const pct = ((100 * covered) / all.length).toFixed(covered === all.length ? 0 : 1);
  console.log(`${name}: ${covered}/${all.length} transitions (${pct}%)`);
  // Every state-changing transition the diagrams show (machineGraph) is among those counted here.
  const targeted = all.filter((t) => !t.endsWith('-> (stays)')).length;
  expect(targeted).toBe(graph.edges.length + graph.anyStateEdges.length);
  expect(
    [...taken].filter((t) => !all.includes(t)),
    'taken but not enumerated',
  ).toEqual([]);
  const missing = all.filter((t) => !taken.has(t));
  const hint = `${name}: no path takes these transitions (test/transitions/README.md says how to add one)`;
  expect(missing, [hint, ...missing].join('\n  ')).toEqual([]);
}
