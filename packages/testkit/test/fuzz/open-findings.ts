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
    // Fixed (h14liveA, hfindB): lost anchorEntered, announcements (also one lost while a dismiss is
    // under way: live-announcement-lost-while-leaving), events while leaving, requests cancelled by
    // a failed leave, and a room dismissed and made again under the same id and owner, which IM's
    // group createTime tells apart (live-room-made-again). No other cause was seen in 8,000 live
    // worlds (FUZZ_N=16000, seeds 20261204 and 7). Still open: an owner whose userSig expired
    // creates its room again while IM still has it (IM 10025: the group stays, with its old
    // introduction); its state is the initial one, so it announces nothing and viewers keep the
    // old status (FUZZ_SEED=20261204, FUZZ_PATH=3310: dave sees status 1 [frank], frank announced 0).
    // Also not told apart: a room made again within the same second (createTime is in seconds).
    id: 'live: a lost room notification is never made up for',
    pattern: /sees room \d+ as status|is not in room \d+'s group/,
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
