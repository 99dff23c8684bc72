import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings } from '../helpers.js';

/**
 * Found by the fault harness (issue 14, no faults needed): a late invitee is told a party is in the
 * call, but that party's hang-up went out before the invitee was invited. TRTC room membership is
 * the truth: a party that accepted but is not in the room within the grace is gone.
 */
describe('regression: an accepted party that never joins', () => {
  it('does not keep the late invitee in the call alone', async () => {
    const cloud = createFakeCloud();
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const carol = createCalling({ adapter: cloud.adapter('carol') });
    const erin = createCalling({ adapter: cloud.adapter('erin') });
    await logInCallings(cloud, { alice, carol, erin });

    const calling = carol.call({ userId: 'alice', type: 2 });
    await cloud.settle();
    await calling;
    const accepting = alice.accept();
    await cloud.settle();
    await accepting;
    expect(alice.getSnapshot().status).toBe('inCall');

    // One tick: alice invites erin while carol hangs up (carol's hang-up cannot name erin).
    const inviting = alice.groupCall({ userIdList: ['erin'], type: 2 });
    const carolLeaving = carol.hangup();
    await cloud.settle();
    await Promise.all([inviting, carolLeaving]);
    const erinAccepting = erin.accept();
    await cloud.settle();
    await erinAccepting;
    const aliceLeaving = alice.hangup();
    await cloud.settle();
    await aliceLeaving;
    await cloud.advance(60_000);

    expect(erin.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'remoteHangup' } });
    expect(cloud.roomMembers(erin.getSnapshot().lastCall?.roomId ?? 0)).toEqual([]);
  });
});
