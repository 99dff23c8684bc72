import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings } from '../helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204: call worlds 1534, 2290, 2311 and 3602;
 * "a party that left unheard keeps the call open"). The fake cloud lost a TRTC room's events for
 * good: to random loss, and to a cut between two users, as if the other user relayed them. When
 * the IM hang-up was lost too (or never sent: an expired userSig), the one left stayed inCall
 * alone with a party long gone; a member that missed userEntered never saw a party who was in the
 * call. In TRTC the cloud itself tells each member, from the room's state, over the member's own
 * connection (sequence numbers, resends): an event comes late on a lossy link, never not at all,
 * and only a link going down loses it (the SDK syncs the room's users when it is back in).
 */
describe('regression: a TRTC room event reaches every member on a link that stays up', () => {
  it('a hang-up lost to loss: the room still tells bob she left', async () => {
    const cloud = createFakeCloud({ latencyMs: 20 });
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

    cloud.network.configure({ loss: 1 }, 'bob');
    const hangingUp = alice.hangup();
    await cloud.settle();
    await hangingUp;
    cloud.network.configure({ loss: 0 }, 'bob');
    await cloud.advance(60_000);

    expect(bob.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'remoteHangup' } });
  });

  it('a cut between two users: bob hears alice leave, and carol sees bob enter', async () => {
    const cloud = createFakeCloud({ latencyMs: 20 });
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    const carol = createCalling({ adapter: cloud.adapter('carol') });
    await logInCallings(cloud, { alice, bob, carol });
    cloud.network.cut('bob', 'carol');
    const calling = alice.groupCall({ userIdList: ['bob', 'carol'], type: 2 });
    await cloud.settle();
    await calling;
    const accepting = Promise.all([bob.accept(), carol.accept()]);
    await cloud.settle();
    await accepting;
    expect(Object.keys(carol.getSnapshot().call?.participants ?? {}).sort()).toEqual(['alice', 'bob']);
    expect(carol.getSnapshot().call?.participants.bob?.status).toBe('joined');

    cloud.network.cut('alice', 'bob');
    const hangingUp = alice.hangup();
    await cloud.settle();
    await hangingUp;
    cloud.network.uncut('alice', 'bob');
    cloud.network.uncut('bob', 'carol');
    await cloud.advance(60_000);

    expect(bob.getSnapshot().call?.participants.alice?.status).toBe('left');
    expect(carol.getSnapshot().call?.participants.bob?.status).toBe('joined');
  });
});
