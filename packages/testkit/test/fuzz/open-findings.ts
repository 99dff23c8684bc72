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
    // Found by the 100,000-world soak (FUZZ_SEED=20261204, live world 26458 of 50,000; diagnosed,
    // not fixed): alice, logged in on two devices, creates room 33040 on the first; her second
    // device's createRoom of the same room is lost on its way to IM (10 % loss). That entry's
    // abandon path (an entry whose answer was lost may have made the group) dismisses room 33040,
    // which IM lets alice do, as its owner, from any of her devices; the first device, live in it,
    // never hears of it (IM skips the acting user's terminals) and stays live in a room that is
    // gone. IM's createTime is in seconds, so the lost entry cannot tell its group from the other
    // device's made in the same second. Next: the owner takes IM's NOT_FOUND for its own
    // announcement as the room gone, and the abandon path dismisses only a group it can tell
    // is its own. Replay: FUZZ_SEED=20261204 FUZZ_PATH=26457:33:32:49:49:26:19:10:12:14:14:15:16:14:15:25:20:20:20:24:5:19:30:30:33:30:30:30:35:35:35:35:38:4:4:7:23:19:33:35:35:41:40:40:42:40:40:40:45:47:50:48:53:47:52:51:51:47:57:57:59:59:59:59:70:76:76:76:80:80:80:80:79:79:81:79:80:80:80:81:42:26:6:5:10:15:15:20:19:21:20:19:28:38:28:28:30:37:40:38:38:34:34:34:34:34:34 FUZZ_N=100000 pnpm vitest run packages/testkit/test/fuzz/live.fuzz.test.ts
    id: "live: a second device's lost createRoom dismisses the room its first device is live in",
    pattern: /^when quiet: \w+ is not in room \d+'s group$/,
    faults: ['loss', 'partition', 'offline', 'cut', 'blip', 'sleep'],
    multiTerminal: true,
  },
];

/** The open finding a violation of this world is, if any. */
export const openFindingOf = (world: World, violation: string): OpenFinding | undefined =>
  findingOf(openFindings, world, violation);
