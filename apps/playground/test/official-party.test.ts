import { officialCallVectors, step } from '@trtc-smart/testkit';
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
});
