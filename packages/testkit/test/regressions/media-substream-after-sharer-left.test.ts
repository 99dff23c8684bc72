import { expect, it } from 'vitest';
import { callingWorld } from '../fuzz/calling-world.js';
import { runWorld } from '../fuzz/run-world.js';
import type { World } from '../fuzz/world.js';

/**
 * frank, in carol's group call with dave, shares his screen and hangs up 10 ms later: the news of
 * the share (its own message) reached dave after the news that frank left the room, and the fake
 * SDK took the substream of a user no longer in the room, for good (state.media and
 * cloud.mediaState). TRTC announces a substream only of a user in the room. Found by the fault
 * harness (FUZZ_SEED=1, 829th call world); this is its shrunk world.
 */
const next = (dt: number, actor: number, amount = 0, op = 'next', target = 0) => ({
  dt,
  op,
  actor,
  target,
  flag: false,
  amount,
});
const world: World = {
  kind: 'calling',
  seed: 1,
  latencyMs: 0,
  jitterMs: 8,
  users: 6,
  multiTerminal: false,
  steps: [
    next(2001, 0), // alice calls bob
    next(81, 2, 0.63), // carol: a group call to dave and frank
    next(2001, 5), // frank accepts
    next(0, 3), // dave accepts
    next(1488, 5, 0.17, 'next2', 5), // frank: a group call, and starts sharing his screen
    next(10, 5, 0, 'next2'), // frank hangs up (twice)
    next(0, 1, 0.6),
    next(0, 0, 0.54),
  ],
};

it("a screen share announced as its sharer leaves is not received after the sharer's departure", async () => {
  const { violations, commands } = await runWorld(world, callingWorld, false);
  expect(commands.some((c) => c.op === 'invoke' && c.method === 'startScreenShare')).toBe(true);
  expect(violations.filter((v) => v.includes('screen share'))).toEqual([]);
});
