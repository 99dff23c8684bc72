import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { logInCallings } from '../helpers.js';

/**
 * Found by the fault harness (issue 14, multi-terminal worlds): alice, logged in on two devices,
 * accepts bob's call on both in the same tick. TRTC lets a userId into a room once: the second
 * entry takes the first one's place, and the first device must hear that it is out (trtc-sdk-v5's
 * KICKED_OUT), else it stays inCall in a room the cloud no longer has it in.
 */
describe('regression: one user accepting on two devices at once', () => {
  it('leaves no device in a call the TRTC room does not hold it in', async () => {
    const cloud = createFakeCloud({ multiTerminal: true, latencyMs: 0 });
    const phone = createCalling({ adapter: cloud.adapter('alice') });
    const laptop = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    await logInCallings(cloud, { alice: phone, bob });
    const login = laptop.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 'sig' });
    await cloud.settle();
    await login;

    const calling = bob.call({ userId: 'alice', type: 2 });
    await cloud.settle();
    await calling;
    const accepts = Promise.allSettled([phone.accept(), laptop.accept()]);
    await cloud.settle();
    await accepts;
    await cloud.advance(60_000);

    const roomId = bob.getSnapshot().call?.roomId ?? bob.getSnapshot().lastCall?.roomId ?? 0;
    const inCall = [phone, laptop, bob]
      .filter((sdk) => sdk.getSnapshot().status === 'inCall')
      .map((sdk) => (sdk === bob ? 'bob' : 'alice'));
    expect(cloud.roomMembers(roomId).sort()).toEqual(inCall.sort());
  });
});
