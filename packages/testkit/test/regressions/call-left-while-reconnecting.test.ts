import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings } from '../helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204): bob's link blips for 4 ms just as
 * alice hangs up, so both her hang-up (IM) and her leaving the TRTC room are lost to him. His TRTC
 * reconnects within the grace, into a room alice is no longer in, and he stayed inCall with her for
 * good. TRTC tells a client that reconnects who left meanwhile (its remote-user list is synced on
 * rejoining); the fake cloud's rejoin answer now carries the room's members, and the device hears
 * userLeft (networkTimeout: the grace applies) for anyone gone.
 */
describe('regression: a party that left while this side was reconnecting', () => {
  it('is gone once this side is back: the call ends', async () => {
    const cloud = createFakeCloud({ latencyMs: 0 });
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    await logInCallings(cloud, { alice, bob });
    const calling = alice.call({ userId: 'bob', type: 2 });
    await cloud.settle();
    await calling;
    const accepting = bob.accept();
    await cloud.settle();
    await accepting;
    expect(bob.getSnapshot().status).toBe('inCall');

    cloud.blip('bob', 4);
    const leaving = alice.hangup();
    await cloud.settle();
    await leaving;
    await cloud.advance(60_000);

    // He cannot tell her hang-up from her link dropping: she is gone once the grace ran out.
    expect(bob.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'networkLost' } });
  });
});
