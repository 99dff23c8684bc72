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
    // Fixed (h14liveA): a logout whose answer was lost is now told to IM again until it answers
    // (regressions/live-logout-lost-answer; the fake cloud keeps an unanswered session, as the IM SDK
    // stays logged in and logs in again: no session timeout is modelled), and a reconnect while a
    // leave is under way no longer re-enters the group the leave quits (live-events-while-leaving).
    // Still open, not re-diagnosed: an entry retried into the same room while partitioned ends
    // outside and still a member (FUZZ_SEED=20261204, path 949:…), and the 1 % loss case (500th
    // live world: bob enters, an IM answer is lost, bob ends outside and still in the group).
    id: 'live: an entry lost in a long partition leaves its group membership',
    pattern: /(outside|loggedOut) but still in room \d+'s group/,
    faults: LOSSY,
  },
  {
    // Fixed (h14liveA): a lost TRTC anchorEntered is made up by the viewer's next room read
    // (regressions/live-lost-anchor-enter); a lost announcement (setRoomState) is sent again
    // (live-lost-announcement); anchorEntered while a leave that fails is under way is kept
    // (live-events-while-leaving); a request pending when a leave fails ends with onFailure
    // (live-request-after-failed-leave). Still open (not re-diagnosed after those fixes): other
    // ways a member misses an anchor or a requester its outcome, and a viewer that missed roomDestroyed while its
    // owner made the room again at once (FUZZ_SEED=20261204, path 1347:…): its reads find the same
    // id and owner, so it watches a room whose group it is not in (IM's group createTime would tell).
    id: 'live: a lost room notification is never made up for',
    pattern:
      /never heard onAnchorEnter|sees room \d+ as status|request got no outcome|whose owner \w+ is|is not in room \d+'s group/,
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
