import { describe, expect, it } from 'vitest';
import { callingPresets } from '../src/presets/calling-presets.js';
import { PresetPlayer } from '../src/presets/player.js';
import { Driver } from '../src/sim/driver.js';
import { Script } from '../src/sim/script.js';
import { createSimulation } from '../src/sim/simulation.js';
import { parseTrace, serializeTrace, toTraceFile } from '../src/trace/format.js';

const options = { seed: 5, latencyMs: 20, jitterMs: 15 };

/** Plays a preset to its end in uneven virtual-time chunks, as the app's real interval would. */
async function playPreset(id: string) {
  const preset = callingPresets.find((p) => p.id === id);
  if (!preset) throw new Error(id);
  const sim = createSimulation(options);
  for (const user of preset.users) sim.addUser(user.id, user.kind);
  const player = new PresetPlayer(preset, sim);
  const driver = new Driver(sim.cloud, { afterTick: () => player.poll() });
  for (let i = 0; !player.done || i < 40; i++) await driver.advance(37 + (i % 5) * 61);
  return sim;
}

describe('presets and replay', () => {
  it('a preset plays the seed flow to its end', async () => {
    const sim = await playPreset('call-busy');
    const carol = sim.party('carol');
    expect(carol?.log.map((l) => l.text)).toContainEqual('onLineBusy {"userId":"bob"}');
    expect(sim.parties().map((p) => p.status())).toEqual(['idle', 'idle', 'idle']);
  });

  it('replaying the recorded commands from the seed rebuilds the same cloud trace', async () => {
    const original = await playPreset('call-group');
    const loaded = parseTrace(
      serializeTrace(toTraceFile(options, 'call-group', original.commands(), original.cloud.trace())),
    );
    if (loaded.kind !== 'run') throw new Error('expected a run');
    const replay = createSimulation(loaded.file.options);
    const script = new Script(loaded.file.commands);
    const driver = new Driver(replay.cloud, {
      afterTick: () => undefined,
      script,
      run: (c) => void replay.apply(c),
    });
    const end = original.cloud.clock.now();
    while (replay.cloud.clock.now() < end)
      await driver.advance(Math.min(500, end - replay.cloud.clock.now()));
    expect(script.remaining).toBe(0);
    expect(replay.cloud.trace()).toEqual(loaded.file.trace);
    expect(replay.parties().map((p) => [p.id, p.status()])).toEqual(
      original.parties().map((p) => [p.id, p.status()]),
    );
  });

  it('step runs to the next signaling message', async () => {
    const sim = createSimulation(options);
    const driver = new Driver(sim.cloud, { afterTick: () => undefined });
    sim.addUser('alice');
    void sim.invoke('alice', 'login', {
      sdkAppId: sim.cloud.options.sdkAppId,
      userId: 'alice',
      userSig: 's',
    });
    await driver.step();
    const delivered = sim.cloud.trace().filter((e) => e.type === 'deliver');
    expect(delivered.map((e) => 'kind' in e && e.kind)).toEqual(['session.login']);
    await driver.step();
    expect(sim.party('alice')?.status()).toBe('idle');
  });
});
