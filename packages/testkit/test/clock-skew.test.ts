import { type CallingEvent, createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../src/index.js';
import { collect, logInCallings } from './helpers.js';

const FIVE_MIN = 5 * 60_000;
const types = (events: CallingEvent[]) => events.map((e) => e.eventType);

describe('clock skew of ±5 minutes between devices', () => {
  for (const [callerOffset, calleeOffset] of [
    [FIVE_MIN, -FIVE_MIN],
    [-FIVE_MIN, FIVE_MIN],
  ] as const) {
    it(`caller ${callerOffset / 60_000} min, callee ${calleeOffset / 60_000} min: invitations ring, connect and time out on the receiver's clock`, async () => {
      const cloud = createFakeCloud();
      const alice = createCalling({ adapter: cloud.adapter('alice'), inviteTimeoutSec: 30 });
      const bob = createCalling({ adapter: cloud.adapter('bob'), inviteTimeoutSec: 30 });
      cloud.setClockOffset('alice', callerOffset);
      cloud.setClockOffset('bob', calleeOffset);
      const heard = { alice: collect(alice.events$), bob: collect(bob.events$) };
      await logInCallings(cloud, { alice, bob });

      // An invitation is answered and connects.
      const calling = alice.call({ userId: 'bob', type: 2 });
      await cloud.settle();
      await calling;
      expect(bob.getSnapshot().status).toBe('ringing');
      const accepting = bob.accept();
      await cloud.settle();
      await accepting;
      expect([alice, bob].map((c) => c.getSnapshot().status)).toEqual(['inCall', 'inCall']);
      const hangup = alice.hangup();
      await cloud.settle();
      await hangup;

      // An unanswered one rings its full 30 s on the callee's clock, from receipt: not 5 min early or late.
      const again = alice.call({ userId: 'bob', type: 2 });
      await cloud.settle();
      await again;
      await cloud.advance(29_000);
      expect(bob.getSnapshot().status).toBe('ringing');
      await cloud.advance(2_000);
      await cloud.settle();
      expect([alice, bob].map((c) => c.getSnapshot().status)).toEqual(['idle', 'idle']);
      expect(types(heard.bob)).toContain('onCallingTimeOut');
      expect(types(heard.alice)).toContain('onNoResp');
    });
  }
});
