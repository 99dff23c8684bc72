import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings } from '../helpers.js';

/**
 * Found by a randomised run (issue 14): an invitee is told who is already in the call; one of them
 * leaving before the invitee joined must not leave it waiting for that party forever.
 */
describe('regression: a party that left before the invitee joined', () => {
  it('does not keep the late invitee in the call alone once everyone else hung up', async () => {
    const cloud = createFakeCloud();
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    const carol = createCalling({ adapter: cloud.adapter('carol') });
    await logInCallings(cloud, { alice, bob, carol });

    const calling = alice.call({ userId: 'bob', type: 2 });
    await cloud.settle();
    await calling;
    const accepting = bob.accept();
    await cloud.settle();
    await accepting;
    expect(alice.getSnapshot().status).toBe('inCall');

    const inviting = alice.groupCall({ userIdList: ['carol'], type: 2 });
    await cloud.settle();
    await inviting;
    expect(carol.getSnapshot().call?.participants.bob?.status).toBe('accepted');

    const bobLeaving = bob.hangup();
    await cloud.settle();
    await bobLeaving;
    const carolAccepting = carol.accept();
    await cloud.settle();
    await carolAccepting;
    const aliceLeaving = alice.hangup();
    await cloud.settle();
    await aliceLeaving;
    await cloud.advance(60_000);

    expect(carol.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'remoteHangup' } });
    expect(cloud.roomMembers(carol.getSnapshot().lastCall?.roomId ?? 0)).toEqual([]);
  });
});
