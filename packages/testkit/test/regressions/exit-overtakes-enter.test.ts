import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings, outcome } from '../helpers.js';

/**
 * Found by a randomised run (issue 14): with jitter, an exitRoom sent while enterRoom is on its way
 * can reach the cloud first; the late enterRoom answer must not put the device back in the room.
 */
describe('regression: exitRoom overtaking enterRoom on the uplink', () => {
  it('leaves no ghost caller in the call room when the caller hangs up at once', async () => {
    const cloud = createFakeCloud({ seed: 3, latencyMs: 20, jitterMs: 60 });
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    await logInCallings(cloud, { alice, bob });

    const calling = alice.call({ userId: 'bob', type: 2 });
    calling.catch(() => undefined);
    const hangingUp = alice.hangup();
    await cloud.settle();
    await hangingUp;
    await cloud.advance(60_000);

    const roomId = alice.getSnapshot().lastCall?.roomId ?? 0;
    expect(cloud.roomMembers(roomId)).toEqual([]);
    expect(cloud.mediaState('alice')?.roomId).toBeUndefined();
  });

  it('leaves no ghost in the live room when the device exits right after entering', async () => {
    const cloud = createFakeCloud({ seed: 3, latencyMs: 20, jitterMs: 60 });
    const adapter = cloud.adapter('viewer');
    const login = adapter.session.login({ sdkAppId: cloud.options.sdkAppId, userId: 'viewer', userSig: 's' });
    await cloud.settle();
    await login;

    let overtaken = 0;
    for (let roomId = 1; roomId <= 20; roomId++) {
      const entering = adapter.liveMedia.enterRoom({ roomId, userId: 'viewer', role: 'audience' });
      const entered = outcome(entering);
      const exiting = adapter.liveMedia.exitRoom();
      await cloud.settle();
      await exiting;
      if (entered.error !== undefined) overtaken++;
      await cloud.advance(60_000);
      expect({ roomId, in: cloud.liveMediaState('viewer')?.roomId }).toEqual({ roomId, in: undefined });
    }
    // The entry the exit cut short says so (some of these exits reach the cloud first).
    expect(overtaken).toBe(20);
  });
});
