import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings, outcome } from '../helpers.js';

/**
 * Found by the fault harness (FUZZ_SEED=20261204, 100k soak; "when quiet: carol sees [bob] joined,
 * but [bob,frank] are in the call"). Frank's accept lost its answers: his call failed and he hung
 * up, while the cloud still held his abandoned entry (until its heartbeats timed out). Invited
 * into the same room again, he entered it again at once; the cloud took that as the SDK's own
 * rejoin and told nobody, so carol, who had heard his hang-up, never saw him join.
 */
describe('regression: entering a call room again after a failed entry', () => {
  it('the others see the user join again', async () => {
    // Jitter (this seed) answers frank's accept at 40 ms and his entry at 58 ms.
    const cloud = createFakeCloud({ seed: 2, jitterMs: 20 });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    const carol = createCalling({ adapter: cloud.adapter('carol') });
    const frank = createCalling({ adapter: cloud.adapter('frank') });
    await logInCallings(cloud, { bob, carol, frank });

    outcome(carol.groupCall({ userIdList: ['bob', 'frank'], type: 2 }));
    await cloud.settle();
    outcome(bob.accept());
    await cloud.settle();
    expect(carol.getSnapshot().call?.participants.bob?.status).toBe('joined');

    // The accept is answered; the entry's answer is lost: frank's call fails and he hangs up,
    // his SDK out of the room while the cloud holds him until his heartbeats time out.
    const failing = outcome(frank.accept());
    await cloud.advance(45);
    cloud.network.partition('frank');
    await cloud.advance(20);
    cloud.network.heal('frank');
    await cloud.advance(5_000);
    const roomId = carol.getSnapshot().call?.roomId ?? 0;
    expect(failing.error).toBeDefined();
    expect(frank.getSnapshot().status).toBe('idle');
    expect(carol.getSnapshot().call?.participants.frank?.status).toBe('left');
    expect(cloud.roomMembers(roomId)).toContain('frank');

    // Within the cloud's media timeout: it still holds frank's abandoned entry.
    outcome(carol.groupCall({ userIdList: ['frank'], type: 2 }));
    await cloud.settle();
    outcome(frank.accept());
    await cloud.settle();
    await cloud.advance(45_000);

    expect(cloud.roomMembers(roomId).sort()).toEqual(['bob', 'carol', 'frank']);
    expect(carol.getSnapshot().call?.participants.frank?.status).toBe('joined');
    expect(bob.getSnapshot().call?.participants.frank?.status).toBe('joined');
  });
});
