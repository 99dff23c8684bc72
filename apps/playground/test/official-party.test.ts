import { type JsonValue, officialCallVectors, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../src/sim/simulation.js';
import { sequenceOf } from '../src/timeline/sequence.js';

describe('official app users on the stage', () => {
  it("call each other with their kits' raw payloads, which their cards and the timeline show", async () => {
    const sim = createSimulation({ seed: 1, latencyMs: 20, jitterMs: 0 });
    const world = { cloud: sim.cloud };
    sim.addUser('alice');
    sim.addUser('bob', 'official-ios');
    sim.addUser('carol', 'official-android');
    await step(world, () => sim.invoke('bob', 'login'));
    await step(world, () => sim.invoke('carol', 'login'));
    await step(world, () => sim.invoke('bob', 'call', { userId: 'carol', type: 2 }));
    await sim.cloud.settle();
    expect(sim.party('carol')?.status()).toBe('ringing');
    expect(sim.party('bob')?.status()).toBe('dialing');
    await step(world, () => sim.invoke('carol', 'accept'));
    await sim.cloud.settle();
    expect(sim.party('bob')?.status()).toBe('inCall');
    expect(sim.party('bob')?.actor.getSnapshot().value).toBe('inCall');
    expect(sim.party('bob')?.peers()).toEqual(['carol']);
    const card = sim.party('carol')?.log.map((l) => l.text) ?? [];
    expect(card).toContainEqual(
      expect.stringMatching(
        /^newInvitationReceived from bob: \{"version":4,"businessID":"av_call","platform":"iOS".*"kind":"call"/,
      ),
    );
    const marks = sequenceOf(sim.cloud.trace()).marks.map((m) => m.text);
    expect(marks).toContainEqual(
      expect.stringMatching(/^bob im\.invite \{"version":4,"businessID":"av_call","platform":"iOS"/),
    );
    // Android's accept: no data object at all, as Gson writes its SignallingData.
    expect(marks).toContainEqual(
      expect.stringMatching(
        /^carol im\.accept \{"version":4,"businessID":"av_call","platform":"Android","call_type":2,"room_id":\d+\}$/,
      ),
    );
    expect(Object.keys(JSON.parse(officialCallVectors.android.accept))).toEqual([
      'version',
      'businessID',
      'platform',
      'call_type',
      'room_id',
    ]);
    await step(world, () => sim.dispose());
  });

  describe('a web calling user (adapter-web on SDK doubles) and an official iOS user', () => {
    /** alice is ours, bob runs TUICallKit iOS; both logged in. */
    async function stage() {
      const sim = createSimulation({ seed: 1, latencyMs: 20, jitterMs: 0 });
      const world = { cloud: sim.cloud };
      sim.addUser('alice', 'web calling');
      sim.addUser('bob', 'official-ios');
      sim.addUser('carol', 'official-ios');
      const { sdkAppId } = sim.cloud.options;
      await step(world, () => sim.invoke('alice', 'login', { sdkAppId, userId: 'alice', userSig: 's' }));
      for (const id of ['bob', 'carol']) await step(world, () => sim.invoke(id, 'login'));
      const status = (id: string) => sim.party(id)?.status();
      const card = (id: string) => sim.party(id)?.log.map((l) => l.text) ?? [];
      const run = async (id: string, method: string, params?: JsonValue) => {
        await step(world, () => sim.invoke(id, method, params));
        await sim.cloud.settle();
      };
      return { sim, world, status, card, run };
    }

    it('ours calls iOS: invite, accept, hang up', async () => {
      const { sim, world, status, card, run } = await stage();
      expect(sim.party('alice')?.kind).toBe('web calling');
      await run('alice', 'call', { userId: 'bob', type: 1 });
      expect(status('bob')).toBe('ringing');
      expect(card('bob')).toContainEqual(
        expect.stringMatching(/^newInvitationReceived from alice: \{.*"businessID":"av_call".*"kind":"call"/),
      );
      await run('bob', 'accept');
      expect([status('alice'), status('bob')]).toEqual(['inCall', 'inCall']);
      await run('alice', 'hangup');
      expect([status('alice'), status('bob')]).toEqual(['idle', 'idle']);
      expect(card('alice')).toContainEqual(expect.stringMatching(/^onCallEnd \{"reason":"localHangup"/));
      await step(world, () => sim.dispose());
    });

    it('iOS calls ours: invite, accept, hang up', async () => {
      const { sim, world, status, card, run } = await stage();
      await run('bob', 'call', { userId: 'alice', type: 2 });
      expect(status('alice')).toBe('ringing');
      expect(card('alice')).toContainEqual(expect.stringMatching(/^onInvited \{"sponsor":"bob"/));
      await run('alice', 'accept');
      expect([status('alice'), status('bob')]).toEqual(['inCall', 'inCall']);
      await run('bob', 'hangup');
      expect([status('alice'), status('bob')]).toEqual(['idle', 'idle']);
      expect(card('alice')).toContainEqual(expect.stringMatching(/^onCallEnd \{"reason":"remoteHangup"/));
      await step(world, () => sim.dispose());
    });

    it('reject, both ways', async () => {
      const { sim, world, status, card, run } = await stage();
      await run('alice', 'call', { userId: 'bob', type: 2 });
      await run('bob', 'reject');
      expect(card('alice')).toContainEqual('onReject {"userId":"bob"}');
      expect(card('alice')).toContainEqual(expect.stringMatching(/^onCallEnd \{"reason":"rejected"/));
      await run('bob', 'call', { userId: 'alice', type: 2 });
      expect(status('alice')).toBe('ringing');
      await run('alice', 'reject');
      expect([status('alice'), status('bob')]).toEqual(['idle', 'idle']);
      expect(card('bob')).toContainEqual(expect.stringMatching(/^inviteeRejected from alice: /));
      await step(world, () => sim.dispose());
    });

    it('busy, both ways', async () => {
      const { sim, world, status, card, run } = await stage();
      // bob is calling carol: our call to him gets the kit's busy answer.
      await run('bob', 'call', { userId: 'carol', type: 2 });
      await run('alice', 'call', { userId: 'bob', type: 2 });
      expect(card('alice')).toContainEqual('onLineBusy {"userId":"bob"}');
      expect(card('alice')).toContainEqual(expect.stringMatching(/^onCallEnd \{"reason":"lineBusy"/));
      expect(status('bob')).toBe('dialing');
      await run('bob', 'cancel');
      // alice is in a call with carol's kit: bob's call to her is answered busy.
      await run('carol', 'call', { userId: 'alice', type: 2 });
      await run('alice', 'accept');
      expect(status('alice')).toBe('inCall');
      await run('bob', 'call', { userId: 'alice', type: 2 });
      expect(status('bob')).toBe('idle');
      expect(card('bob')).toContainEqual(expect.stringMatching(/^inviteeRejected from alice: .*"line_busy"/));
      expect(status('alice')).toBe('inCall');
      await step(world, () => sim.dispose());
    });
  });
});
