import { CallType } from '@trtc-smart/core';
import { loggedInParties } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { webAdapterHarness } from './web-adapter-harness.js';

/** Regression (issue 14): TRTC aborts an enterRoom that exitRoom overtakes; nobody stays in the room. */
describe('adapter-web: exitRoom while enterRoom is on its way', () => {
  it('leaves no ghost caller and reports no entry error when the caller hangs up at once', async () => {
    const world = webAdapterHarness.world({ seed: 3, latencyMs: 20, jitterMs: 60 });
    const [alice] = await loggedInParties(world, ['alice', 'bob']);
    if (!alice) throw new Error('no alice');
    const calling = alice.calling.call({ userId: 'bob', type: CallType.AUDIO });
    calling.catch(() => undefined);
    const hangingUp = alice.calling.hangup();
    await world.cloud.settle();
    await hangingUp;
    await world.cloud.advance(60_000);

    const roomId = alice.calling.getSnapshot().lastCall?.roomId ?? 0;
    expect(world.cloud.roomMembers(roomId)).toEqual([]);
    // The aborted entry is this user leaving, not an error to report.
    expect(alice.of('onError').filter((e) => e.msg.includes('enterRoom'))).toEqual([]);
  });
});
