import type { World } from './world.js';

/**
 * Violations the harness found that are reported and not fixed yet (issue 14's closing note has
 * each with its minimal world). The fuzz run counts and prints them instead of failing, so
 * `pnpm test` stays green meanwhile; every other violation still fails it. Each applies only to
 * worlds with one of `faults` (none: any world). Delete an entry when its fix lands.
 */
export interface OpenFinding {
  readonly id: string;
  readonly pattern: RegExp;
  /** The finding is excused only in worlds that inject one of these faults... */
  readonly faults?: readonly string[];
  /** ...and all of these. */
  readonly allFaults?: readonly string[];
}

/** Faults that lose an answer or a notification for good (the fake network does not resend). */
// A blip drops what is on the link while it is down, as offline does (FUZZ_SEED=20261204, 2151st
// live world: a destroyRoom answer lost in a 4 ms blip).
const LOSSY = ['loss', 'partition', 'offline', 'cut', 'duplicate', 'kick', 'blip'];

export const openFindings: readonly OpenFinding[] = [
  {
    // Fixed (h14liveA, hfindB): lost logout and login answers owe IM a logout (regressions/
    // live-logout-lost-answer, live-login-lost-answer); an entry waits for a leave of the same room
    // still on its way, and a leave on its way is not sent twice (live-abandoned-leave-overtakes-
    // entry, live-second-dismiss). Still open, not diagnosed (2 in 8,000 live worlds at
    // FUZZ_N=16000, seeds 20261204 and 7): loss and duplicates, bob ends outside and still in his
    // old room's group (FUZZ_SEED=20261204, FUZZ_PATH=1289); carol, partitioned 16 s in a room and
    // creating her own as the link heals, stays in the old room's group (FUZZ_SEED=7, FUZZ_PATH=2877).
    id: 'live: an entry lost in a long partition leaves its group membership',
    pattern: /(outside|loggedOut) but still in room \d+'s group/,
    faults: LOSSY,
  },
];

/** The open finding a violation of this world is, if any. */
export function openFindingOf(world: World, violation: string): OpenFinding | undefined {
  return openFindings.find(
    (f) =>
      f.pattern.test(violation) &&
      (f.faults === undefined || world.steps.some((s) => f.faults?.includes(s.op))) &&
      (f.allFaults ?? []).every((fault) => world.steps.some((s) => s.op === fault)),
  );
}
