import { describe, expect, it } from 'vitest';
import { Driver } from '../src/sim/driver.js';
import { Script } from '../src/sim/script.js';
import { createSimulation, type Simulation } from '../src/sim/simulation.js';

const options = { seed: 3, latencyMs: 20, jitterMs: 0 };

/** Alice and bob in a call on a fresh stage, as the cards' buttons would put them. */
async function inCall() {
  const sim = createSimulation(options);
  const driver = new Driver(sim.cloud, { afterTick: () => undefined });
  for (const id of ['alice', 'bob']) {
    sim.addUser(id);
    void sim.invoke(id, 'login', { sdkAppId: sim.cloud.options.sdkAppId, userId: id, userSig: 's' });
  }
  await driver.advance(500);
  void sim.invoke('alice', 'call', { userId: 'bob', type: 1 });
  await driver.advance(500);
  void sim.invoke('bob', 'accept');
  await driver.advance(500);
  return { sim, driver };
}

const links = (sim: Simulation, id: string) => sim.party(id)?.connection?.();

describe('the blip fault', () => {
  it("a user's blip shows reconnecting while the link is down, then connected; the call goes on", async () => {
    const { sim, driver } = await inCall();
    expect(sim.parties().map((p) => p.status())).toEqual(['inCall', 'inCall']);
    sim.blip('alice', 5_000);
    await driver.advance(1_000);
    expect(links(sim, 'alice')).toEqual({ media: 'reconnecting', signaling: 'reconnecting' });
    expect(links(sim, 'bob')).toEqual({ media: 'connected', signaling: 'connected' });
    await driver.advance(4_500);
    expect(links(sim, 'alice')).toEqual({ media: 'connected', signaling: 'connected' });
    expect(sim.parties().map((p) => p.status())).toEqual(['inCall', 'inCall']);
    expect(sim.commands().filter((c) => c.op === 'blip')).toEqual([
      { t: expect.any(Number), op: 'blip', target: 'alice', ms: 5_000 },
    ]);
  });

  it('blip everyone records one command per user, and a saved run replays it', async () => {
    const { sim, driver } = await inCall();
    sim.blip(null, 3_000);
    await driver.advance(1_000);
    for (const id of ['alice', 'bob']) expect(links(sim, id)?.media).toBe('reconnecting');
    await driver.advance(3_000);
    for (const id of ['alice', 'bob']) expect(links(sim, id)?.media).toBe('connected');
    expect(
      sim
        .commands()
        .filter((c) => c.op === 'blip')
        .map((c) => 'target' in c && c.target),
    ).toEqual(['alice', 'bob']);

    const replay = createSimulation(options);
    const script = new Script(sim.commands());
    const replayDriver = new Driver(replay.cloud, {
      afterTick: () => undefined,
      script,
      run: (c) => void replay.apply(c),
    });
    const end = sim.cloud.clock.now();
    while (replay.cloud.clock.now() < end)
      await replayDriver.advance(Math.min(500, end - replay.cloud.clock.now()));
    expect(script.remaining).toBe(0);
    expect(replay.cloud.trace()).toEqual(sim.cloud.trace());
  });
});
