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
    // Found by the soak (FUZZ_SEED=20261204, live world 29292 of 50,000; not diagnosed yet): alice,
    // on two devices, enters bob's room 27717 from both as it is being made, under 21 % loss and a
    // blip; when quiet she is outside on both devices but IM still holds her in the group (its
    // membership is the user's, so one device's late join outlives the other's quit). Replay:
    // FUZZ_SEED=20261204 FUZZ_PATH=29291:4:2:3:3:2:8:0:0:1:0:12:8:13:17:14:14:15:20:22:22:22:26:25:26:29:29:29:34:37:41:37:37:43:43:43:50:50:50:55:55:55:56:55:55:10:7:37:40:40:41:43:45:38:34:39:39:39:40:41:39:39:40:47:47:47:50:51:50:50:50:50:50:50:51:51:53:59:60:0:9:18:3:19:0:1:11:42:42:5:37:36:42:42:42:42:45:46:45:45:45:45:45:46:46:46:49:35:35:51:51:51:51:51:50:56:56:54:56:55:55:55:55:55:73:73:73:90:90:90:95:90:92:52:52:53:53:52:53:54:87:87:100:100:100:100:113:113:113:113:124:124:124:124:128:128:128:128:128:128 FUZZ_N=100000
    // pnpm vitest run packages/testkit/test/fuzz/live.fuzz.test.ts
    id: 'live: a multi-terminal user who entered a room from both devices under loss ends outside but in its group',
    pattern: /^when quiet: \w+ is outside but still in room \d+'s group$/,
    faults: ['loss', 'partition', 'offline', 'cut', 'blip', 'sleep'],
    multiTerminal: true,
  },
];

/** The open finding a violation of this world is, if any. */
export const openFindingOf = (world: World, violation: string): OpenFinding | undefined =>
  findingOf(openFindings, world, violation);
