import { describe, expect, it } from 'vitest';
import { toneUrl, toneWav } from '../src/media/tone.js';
import { Driver } from '../src/sim/driver.js';
import { Script } from '../src/sim/script.js';
import { createSimulation, type Simulation } from '../src/sim/simulation.js';
import { parseTrace, serializeTrace, toTraceFile } from '../src/trace/format.js';

const options = { seed: 9, latencyMs: 20, jitterMs: 10 };

/** A call with the media controls used from the cards: music, a device plugged, chosen and pulled. */
async function mediaRun(): Promise<Simulation> {
  const sim = createSimulation(options);
  const driver = new Driver(sim.cloud, { afterTick: () => undefined });
  const at = async (ms: number, work: () => unknown) => {
    await driver.advance(ms);
    work();
  };
  for (const id of ['alice', 'bob']) sim.addUser(id);
  const login = (id: string) => ({ sdkAppId: sim.cloud.options.sdkAppId, userId: id, userSig: 's' });
  await at(0, () => {
    void sim.invoke('alice', 'login', login('alice'));
    void sim.invoke('bob', 'login', login('bob'));
  });
  await at(300, () => void sim.invoke('alice', 'call', { userId: 'bob', type: 2 }));
  await at(400, () => void sim.invoke('bob', 'accept'));
  await at(900, () => void sim.invoke('alice', 'startPlayMusic', { id: 1, url: toneUrl(), loopCount: 3 }));
  await at(250, () => sim.plugDevice('alice', 'camera', { deviceId: 'usb-camera-1', label: 'USB camera 1' }));
  await at(130, () => void sim.invoke('alice', 'setCurrentCamera', { deviceId: 'usb-camera-1' }));
  await at(170, () => sim.unplugDevice('alice', 'camera', 'usb-camera-1'));
  await driver.advance(5_000);
  return sim;
}

describe('media controls on the stage', () => {
  it('the tone is a valid WAV: RIFF header, 8 kHz 8-bit mono, a second of samples', () => {
    const wav = toneWav({ frequencyHz: 440, durationMs: 1000, sampleRate: 8000 });
    const view = new DataView(wav.buffer);
    expect(new TextDecoder().decode(wav.slice(0, 4))).toBe('RIFF');
    expect(view.getUint32(24, true)).toBe(8000);
    expect(view.getUint32(40, true)).toBe(8000);
    expect(Math.max(...wav.slice(44))).toBeGreaterThan(220);
    expect(toneUrl()).toMatch(/^data:audio\/wav;base64,UklGR.*#durationMs=1000$/);
  });

  it('music, devices and the fallback show in the SDK state a card reads', async () => {
    const sim = await mediaRun();
    const alice = sim.party('alice')?.media;
    expect(alice?.notice()).toBe('camera "USB camera 1" was unplugged: the SDK fell back to "Fake camera"');
    expect(alice?.state().devices.camera).toBe('default-camera');
    expect(alice?.devices('camera').map((d) => d.deviceId)).toEqual(['default-camera']);
    expect(alice?.statistics()?.rtt).toBe(40);
    expect(sim.party('bob')?.media?.volumes().get('alice')?.length).toBe(4);
    expect(sim.party('alice')?.log.map((l) => l.text)).toContainEqual(
      expect.stringMatching(/^startPlayMusic\(\{"id":1,"url":"data:audio\/wav;base64,UklG.*…\(10\.5 kB\)"/),
    );
  });

  it('a run with media commands replays to the same cloud trace', async () => {
    const original = await mediaRun();
    const loaded = parseTrace(
      serializeTrace(toTraceFile(options, null, original.commands(), original.cloud.trace())),
    );
    if (loaded.kind !== 'run') throw new Error('expected a run');
    expect(loaded.file.commands.map((c) => c.op)).toContain('unplugDevice');
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
    expect(replay.cloud.trace()).toEqual(loaded.file.trace);
  });
});
