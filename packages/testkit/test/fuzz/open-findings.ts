import { findingOf, type OpenFinding } from './finding-match.js';
import type { World } from './world.js';

/**
 * Violations the harness found that are reported and not fixed yet (issue 14's closing note has
 * each with its minimal world). The fuzz run counts and prints them instead of failing, so
 * `pnpm test` stays green meanwhile; every other violation still fails it. Each applies only to
 * worlds with one of `faults` (none: any world). Delete an entry when its fix lands.
 */
export const openFindings: readonly OpenFinding[] = [
  {
    // Not diagnosed yet (1 in 4,690 live worlds, FUZZ_SEED=20261204, seed 963968993 in the trace):
    // an owner whose userSig expired while publishing and sharing her screen, under 1 % loss, makes
    // her room again (IM 10025, resumed) and, when quiet, is not a member of its group.
    id: 'live: an owner who resumes her room after a userSig expiry is not in its group',
    pattern: /is not in room \d+'s group/,
    faults: ['sigExpiry'],
  },
];

/** The open finding a violation of this world is, if any. */
export const openFindingOf = (world: World, violation: string): OpenFinding | undefined =>
  findingOf(openFindings, world, violation);
