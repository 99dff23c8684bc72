import { describe, expect, it } from 'vitest';
import { activeNodeIds } from '../src/chart/graph.js';
import { livePresets } from '../src/presets/live-presets.js';
import { PresetPlayer } from '../src/presets/player.js';
import { Driver } from '../src/sim/driver.js';
import { Script } from '../src/sim/script.js';
import { createSimulation, type Simulation } from '../src/sim/simulation.js';
import { sequenceOf } from '../src/timeline/sequence.js';

const options = { seed: 2, latencyMs: 25, jitterMs: 10 };

async function play(id: string): Promise<Simulation> {
  const preset = livePresets.find((p) => p.id === id);
  if (!preset) throw new Error(id);
  const sim = createSimulation(options);
  for (const user of preset.users) sim.addUser(user.id, user.kind);
  const player = new PresetPlayer(preset, sim);
  const driver = new Driver(sim.cloud, { afterTick: () => player.poll() });
  while (!player.done) await driver.advance(250);
  await driver.advance(3000);
  return sim;
}

const texts = (sim: Simulation, user: string) => sim.party(user)?.log.map((l) => l.text) ?? [];
const statuses = (sim: Simulation) => Object.fromEntries(sim.parties().map((p) => [p.id, p.status()]));

describe('live-room presets on the fake cloud', () => {
  it('live start: the audience watches the anchor, then the room closes on them', async () => {
    const sim = await play('live-start');
    expect(statuses(sim)).toEqual({ alice: 'outside', bob: 'outside', carol: 'outside' });
    expect(texts(sim, 'bob')).toContainEqual(expect.stringMatching(/^onRoomDestroy/));
    expect(texts(sim, 'alice').filter((t) => t.startsWith('onAudienceEnter'))).toHaveLength(2);
  });

  it('link mic: the audience member becomes a publishing co-host, and both render each other', async () => {
    const sim = await play('live-link-mic');
    expect(statuses(sim)).toEqual({ alice: 'linkMic', bob: 'linked' });
    expect(sim.party('alice')?.rendering()).toEqual(['bob']);
    expect(sim.party('bob')?.peers()).toEqual(['alice']);
    expect(activeNodeIds(sim.party('alice')?.actor.getSnapshot().value)).toContain(
      'loggedIn.room.anchor.stage.linkMic',
    );
  });

  it('PK: both anchors end up in PK, each rendering the other', async () => {
    const sim = await play('live-pk');
    for (const anchor of ['alice', 'dave']) {
      expect(sim.party(anchor)?.status()).toMatch(/pk/i);
      expect(
        sim
          .party(anchor)
          ?.controls()
          .find((c) => c.method === 'quitRoomPK')?.enabled,
      ).toBe(true);
    }
    expect(texts(sim, 'alice')).toContain('roomPK.onSuccess {"reason":""}');
    expect(sim.party('dave')?.rendering()).toEqual(['alice']);
  });

  it('messages: text and custom messages reach everyone else in the room', async () => {
    const sim = await play('live-messages');
    expect(texts(sim, 'alice')).toContainEqual(
      expect.stringContaining('onRecvRoomTextMsg {"fromUser":{"userId":"bob"'),
    );
    expect(texts(sim, 'bob')).toContainEqual(expect.stringContaining('"cmd":"like"'));
    expect(texts(sim, 'carol')).toContainEqual(expect.stringContaining('welcome, both of you'));
  });

  it('a live run replays from its commands to the same trace', async () => {
    const original = await play('live-link-mic');
    const replay = createSimulation(options);
    const script = new Script(original.commands());
    const driver = new Driver(replay.cloud, {
      afterTick: () => undefined,
      script,
      run: (c) => void replay.apply(c),
    });
    const end = original.cloud.clock.now();
    while (replay.cloud.clock.now() < end)
      await driver.advance(Math.min(300, end - replay.cloud.clock.now()));
    expect(replay.cloud.trace()).toEqual(original.cloud.trace());
  });
});

describe("a web live user and Tencent's official iOS app on the fake cloud", () => {
  it('link mic as invitations; the official card logs its raw payloads, the timeline carries them', async () => {
    const sim = await play('live-official-ios');
    expect(texts(sim, 'alice')).toContainEqual(
      expect.stringMatching(/^onRequestJoinAnchor \{"userInfo":\{"userId":"kit"/),
    );
    expect(texts(sim, 'kit')).toContainEqual(
      'in inviteeAccepted alice: {"version":1,"businessID":"Live","platform":"Web","data":{"cmd":"requestJoinAnchor","message":""}}',
    );
    expect(texts(sim, 'kit')).toContain('onKickoutJoinAnchor');
    const raws = sequenceOf(sim.cloud.trace()).arrows.flatMap((a) => (a.raw === null ? [] : [a.raw]));
    expect(raws).toContainEqual(expect.stringContaining('"businessID" : "Live"'));
  });
});
