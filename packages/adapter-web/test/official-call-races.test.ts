import { CallType } from '@trtc-smart/core';
import { loggedInParties, type OfficialCallKitName, OfficialCallPeer, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { webAdapterHarness } from './web-adapter-harness.js';

/**
 * Races between our calls and an official kit's, found by random worlds. Each world's seed (with
 * the jitter below) is one whose messages cross as the race needs; the figures are virtual ms.
 */
const JITTER = { latencyMs: 20, jitterMs: 200 };

async function world(kit: OfficialCallKitName, seed: number) {
  const w = webAdapterHarness.world({ seed });
  const [alice] = await loggedInParties(w, ['alice']);
  const bob = new OfficialCallPeer(w.cloud, kit, 'bob', `${kit}:bob`);
  await step(w, () => bob.login());
  if (!alice) throw new Error('no alice');
  /** What alice heard after her (first) onCallEnd. */
  const afterEnd = () =>
    alice
      .timeline()
      .slice(alice.timeline().indexOf('onCallEnd') + 1)
      .filter((type) => type !== 'onStatistics');
  return { w, alice, bob, afterEnd };
}

describe('adapter-web ↔ official peer: races', () => {
  // Worlds (seed, ms between bob's accept and alice's hang-up) where bob's accept reaches IM before
  // alice's cancel, with and without the fix; how the kit's call then ends.
  const cancelCrossesAccept: Record<OfficialCallKitName, [number, number, string]> = {
    ios: [57, 40, 'remoteLeft'], // it entered the room before accepting and saw alice leave it
    android: [57, 40, 'hangup'], // alice's hang-up for the late accept
    js: [2, 80, 'hangup'], // seed 5 until the kit's room entries and exits ran in order (call-peer-types.ts PeerRoom)
  };
  for (const [kit, [seed, gap, end]] of Object.entries(cancelCrossesAccept) as [
    OfficialCallKitName,
    [number, number, string],
  ][]) {
    it(`${kit}: our cancel crossing the app's accept ends the app's call too (${end})`, async () => {
      const { w, alice, bob, afterEnd } = await world(kit, seed);
      await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
      w.cloud.network.configure(JITTER);
      const accepting = bob.accept();
      await w.cloud.advance(gap);
      await step(w, () => alice.calling.hangup());
      await w.cloud.advance(5_000);
      await accepting;
      // The race: the accept won, so the kit heard no cancel.
      expect(bob.received('invitationCancelled')).toEqual([]);
      expect(bob.state).toBe('idle');
      expect(bob.ends).toEqual([end]);
      expect(alice.of('onCallEnd')).toHaveLength(1);
      expect(afterEnd()).toEqual([]);
    });
  }

  // Alice accepts and hangs up at once, before she is in the room; in this world (seed 2) her
  // hang-up overtook her accept and her room exit her entry, without the fix.
  const hangupAfterAccept: Record<OfficialCallKitName, string> = {
    ios: 'remoteLeft', // it reads no hang-up: it saw alice enter and leave the room
    android: 'hangup', // read after the accept, so not dropped
    js: 'hangup',
  };
  for (const [kit, end] of Object.entries(hangupAfterAccept) as [OfficialCallKitName, string][]) {
    it(`${kit}: accepting the app's call and hanging up at once ends the app's call (${end})`, async () => {
      const { w, alice, bob, afterEnd } = await world(kit, 2);
      await step(w, () => bob.call('alice', 2));
      w.cloud.network.configure(JITTER);
      const accepting = alice.calling.accept().catch(() => undefined);
      await step(w, () => alice.calling.hangup());
      await w.cloud.advance(5_000);
      await accepting;
      const received = bob.log.filter((e) => e.direction === 'received');
      const accepted = received.findIndex((e) => e.event === 'inviteeAccepted');
      const hungUp = received.findIndex((e) => e.data.includes('"cmd":"hangup"'));
      expect(accepted).toBeGreaterThanOrEqual(0);
      expect(hungUp).toBeGreaterThan(accepted);
      expect(bob.state).toBe('idle');
      expect(bob.ends).toEqual([end]);
      expect(alice.of('onCallEnd')).toHaveLength(1);
      expect(afterEnd()).toEqual([]);
    });
  }
});
