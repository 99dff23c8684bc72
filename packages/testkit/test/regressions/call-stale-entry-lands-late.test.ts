import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings, outcome } from '../helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204, call world 5253; latency 39 ms, jitter
 * 20 ms): alice and bob call each other at once; bob yields to her call (glare) while the entry
 * into his own call's room is still on its way. Jitter let that stale enterRoom reach the cloud
 * after the one into her room, and TRTC switches rooms: the cloud moved bob out of her room, his
 * SDK then left the stale room, and bob stayed inCall in a room that did not hold him. TRTC's SDK
 * sends a room's commands over its one connection, in the order given; the fake cloud now does.
 */
describe('regression: a stale enterRoom lands after a newer one', () => {
  it('whoever is inCall is in the call room, whatever the jitter', async () => {
    const stranded: string[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const cloud = createFakeCloud({ seed, latencyMs: 39, jitterMs: 20 });
      const alice = createCalling({ adapter: cloud.adapter('alice') });
      const bob = createCalling({ adapter: cloud.adapter('bob') });
      await logInCallings(cloud, { alice, bob });
      outcome(alice.call({ userId: 'bob', type: 2 }));
      await cloud.advance(78 + (seed % 20));
      // Two quick taps: call, hang up, call again, just before her invitation reaches him.
      outcome(bob.call({ userId: 'alice', type: 2 }));
      outcome(bob.hangup());
      outcome(bob.call({ userId: 'alice', type: 2 }));
      await cloud.settle();
      await cloud.advance(1_000);
      for (const [user, sdk] of [
        ['alice', alice],
        ['bob', bob],
      ] as const) {
        const { status, call } = sdk.getSnapshot();
        if (status === 'inCall' && !cloud.roomMembers(call?.roomId ?? 0).includes(user))
          stranded.push(`seed ${seed}: ${user}`);
      }
    }
    expect(stranded).toEqual([]);
  });
});
