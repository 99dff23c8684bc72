import { describe, expect, it } from 'vitest';
import { callingWorld } from '../fuzz/calling-world.js';
import { runWorld } from '../fuzz/run-world.js';
import type { Step, World } from '../fuzz/world.js';

const next = (dt: number, actor: number, amount = 0, op = 'next'): Step => ({
  dt,
  op,
  actor,
  target: 0,
  flag: false,
  amount,
});

/**
 * Found by the fault harness (issue 14, no faults, 3 ms of jitter): alice hangs up as bob accepts
 * her call. The cloud tells bob alice entered, then left, but jitter delivered userLeft first, so
 * bob saw her join after she left and stayed inCall alone. TRTC's room events reach a member in
 * order (one signaling connection), whatever the jitter; the fake cloud now keeps them so.
 */
describe('regression: a room member hears who entered and left in order', () => {
  it('does not keep bob inCall with alice, who left as he accepted', async () => {
    const world: World = {
      kind: 'calling',
      seed: 68_542_216,
      latencyMs: 1,
      jitterMs: 3,
      users: 5,
      multiTerminal: false,
      steps: [
        next(81, 2, 0.57),
        next(0, 1),
        next(0, 0),
        next(13, 0, 0.4, 'next2'),
        next(1, 0, 0.57),
        next(81, 0, 0, 'call'),
        next(0, 0, 0.63, 'next2'),
        next(0, 1),
        next(81, 0),
      ],
    };
    const { violations } = await runWorld(world, callingWorld, false);
    expect(violations).toEqual([]);
  });
});
