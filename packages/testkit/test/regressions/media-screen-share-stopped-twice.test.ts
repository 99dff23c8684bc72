import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { outcome } from '../helpers.js';
import { inCall } from '../media/media-worlds.js';

/**
 * Found by the 100,000-world soak (FUZZ_SEED=20261204, call world 19832): bob shared his screen,
 * then called stopScreenShare twice and startScreenShare again, 1 ms apart. Both stops passed the
 * state check (the share still read `on`), the first one's answer let the start begin, and the
 * second one's answer then set `off` over the start under way. The start, finding `off`, reported
 * CANCELLED while the device went on sharing; at the call's end nothing stopped it (the SDK said
 * `off`). A stop now shows as `stopping` until it is answered: a second stop, or a start, meanwhile
 * is refused with INVALID_STATE, so what the SDK says is what the device does.
 */
describe('regression: stopScreenShare twice, then startScreenShare, 1 ms apart', () => {
  it('the extra calls are refused, and the call ends with no share on the device', async () => {
    const { cloud, alice, bob } = await inCall();
    await cloud.run(bob.startScreenShare({ publish: false }));
    const stopped = outcome(bob.stopScreenShare());
    expect(bob.getSnapshot().media.screenShare).toBe('stopping');
    await cloud.advance(1);
    const again = outcome(bob.stopScreenShare());
    await cloud.advance(1);
    const restarted = outcome(bob.startScreenShare({ publish: false }));
    await cloud.settle();

    expect(stopped.settled && stopped.error === undefined).toBe(true);
    for (const refused of [again, restarted]) {
      expect((refused.error as { code: number; message: string }).code).toBe(ErrorCode.INVALID_STATE);
    }
    expect((again.error as Error).message).toMatch(/stopScreenShare: .*stopping/);
    expect(bob.getSnapshot().media.screenShare).toBe('off');
    expect(cloud.mediaState('bob')?.controls.screenShare).toBe('off');

    await cloud.run(bob.startScreenShare({ publish: false }));
    await cloud.run(alice.hangup());
    await cloud.settle();
    expect(bob.getSnapshot().status).toBe('idle');
    expect(bob.getSnapshot().media.screenShare).toBe('off');
    expect(cloud.mediaState('bob')?.controls.screenShare).toBe('off');
  });
});
