import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings, outcome } from '../helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204, 3042nd call world; no faults): alice
 * and bob call each other at once; bob yields to her call (glare), which first leaves the room of
 * his own call, and hangs up before that exit is answered. The accept went on once the exit was
 * answered: bob accepted and entered her room while idle, and stayed in it for good (alice was
 * left inCall with a party that had hung up).
 */
describe('regression: hanging up while yielding to a call in glare', () => {
  it('neither accepts nor enters the room of the call it hung up', async () => {
    const cloud = createFakeCloud({ latencyMs: 2 });
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    await logInCallings(cloud, { alice, bob });

    outcome(alice.call({ userId: 'bob', type: 2 }));
    outcome(bob.call({ userId: 'alice', type: 2 }));
    // Her invitation reaches bob 4 ms later: he yields and leaves his own room first.
    await cloud.advance(4);
    expect(bob.getSnapshot().status).toBe('connecting');
    const hangingUp = bob.hangup();
    await cloud.settle();
    await hangingUp;
    await cloud.advance(60_000);

    const roomId = alice.getSnapshot().lastCall?.roomId ?? 0;
    expect(bob.getSnapshot().status).toBe('idle');
    expect(cloud.mediaState('bob')?.roomId).toBeUndefined();
    expect(cloud.roomMembers(roomId)).toEqual([]);
    expect(alice.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { roomId } });
  });
});
