import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings, outcome } from '../helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=12345, call world 8230; 6 % loss on dave's
 * link): dave, in a call with bob, is kicked by a login on another device. The cloud took his
 * device out of the TRTC room (bob heard him leave and hung up), but the kickedOffline notice was
 * lost for good, so dave stayed inCall, alone, in a room that no longer held him. IM pushes a
 * kick over its long connection and its heartbeat finds it if a push is lost: on a link that
 * stays up the notice comes late, never not at all (as a TRTC room's events).
 */
describe('regression: a kick notice lost on a lossy link', () => {
  it('still reaches the kicked device: its call ends', async () => {
    const cloud = createFakeCloud({ latencyMs: 20 });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    const dave = createCalling({ adapter: cloud.adapter('dave') });
    await logInCallings(cloud, { bob, dave });
    const calling = bob.call({ userId: 'dave', type: 2 });
    await cloud.settle();
    await calling;
    const accepting = dave.accept();
    await cloud.settle();
    await accepting;
    expect(dave.getSnapshot().status).toBe('inCall');

    // Everything to dave is lost for 100 ms: the kick notice, and the new device's answer.
    cloud.network.configure({ loss: 1 }, 'dave');
    const other = cloud.adapter('dave');
    outcome(other.session.login({ sdkAppId: cloud.options.sdkAppId, userId: 'dave', userSig: 's' }));
    await cloud.advance(100);
    cloud.network.configure({ loss: 0 }, 'dave');
    await cloud.advance(60_000);

    expect(bob.getSnapshot().status).toBe('idle');
    expect(dave.getSnapshot()).toMatchObject({ status: 'loggedOut', lastCall: { reason: 'kickedOffline' } });
  });
});
