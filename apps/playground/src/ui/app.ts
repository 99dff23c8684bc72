import type { TraceEntry } from '@trtc-smart/testkit';
import { chartFor } from '../chart/charts.js';
import { type CanvasCamera, canvasCamera } from '../media/camera.js';
import { presets } from '../presets/index.js';
import { PresetPlayer } from '../presets/player.js';
import { realCloudForm } from '../real/real-cloud-form.js';
import { Driver } from '../sim/driver.js';
import { partyKinds } from '../sim/party-kinds.js';
import { Script } from '../sim/script.js';
import { createSimulation, type Simulation } from '../sim/simulation.js';
import {
  parseTrace,
  type RunOptions,
  serializeTrace,
  TraceFormatError,
  toTraceFile,
} from '../trace/format.js';
import { checkReplay, type ReplayVerdict } from '../trace/replay-check.js';
import { h } from './dom.js';
import { download } from './download.js';
import { since } from './format.js';
import { timelineView } from './timeline-view.js';
import { toolbar } from './toolbar.js';
import { type UserCard, userCard } from './user-card.js';

const DEFAULT_OPTIONS: RunOptions = { seed: 1, latencyMs: 20, jitterMs: 0 };
/** The real interval that drives virtual time; its elapsed time is scaled by the speed. */
const TICK_MS = 40;

interface RunSetup {
  readonly preset?: string;
  readonly commands?: Script;
  readonly recorded?: readonly TraceEntry[];
}

interface Run {
  readonly sim: Simulation;
  readonly driver: Driver;
  readonly start: number;
  player: PresetPlayer | null;
  /** A loaded run being replayed: its trace, to compare with the replay's. */
  readonly recorded: readonly TraceEntry[] | null;
  readonly script: Script | null;
  /** Set once the replay has caught up with the recording. */
  verdict: ReplayVerdict | null;
}

/** The playground: toolbar, stage of user cards, timeline; one run (a fake cloud) at a time. */
export function startApp(root: HTMLElement, params: URLSearchParams): void {
  let speed = Number(params.get('speed') ?? 1) || 1;
  const cards = new Map<string, UserCard>();
  const cameras = new Map<string, CanvasCamera>();
  const stage = h('div', { class: 'stage', 'data-testid': 'stage' });
  const steps = h('ol', { class: 'steps', 'data-testid': 'preset-steps' });
  const notice = h('p', { class: 'notice', 'data-testid': 'notice', role: 'status' });
  const timeline = timelineView();
  let shownTrace: readonly TraceEntry[] | null = null;

  /** A fresh fake cloud: empty, with a preset's users, or replaying recorded commands. */
  const createRun = (options: RunOptions, setup: RunSetup = {}): Run => {
    const sim = createSimulation(options);
    const script = setup.commands ?? null;
    const driver = new Driver(sim.cloud, {
      afterTick: () => {
        run.player?.poll();
        render();
      },
      ...(script ? { script, run: (command) => void sim.apply(command) } : {}),
    });
    driver.speed = speed;
    const preset = presets.find((p) => p.id === setup.preset);
    if (preset) for (const user of preset.users) sim.addUser(user.id, user.kind);
    return {
      sim,
      driver,
      start: sim.cloud.clock.now(),
      player: preset ? new PresetPlayer(preset, sim) : null,
      recorded: setup.recorded ?? null,
      script,
      verdict: null,
    };
  };

  const newRun = (options: RunOptions, setup: RunSetup = {}) => {
    void run.sim.dispose();
    for (const card of cards.values()) card.dispose();
    cards.clear();
    for (const camera of cameras.values()) camera.stop();
    cameras.clear();
    shownTrace = null;
    run = createRun(options, setup);
    render();
  };

  /** Starts a preset's run, with the picker showing it. */
  const runPreset = (id: string) => {
    newRun(run.sim.options, { preset: id });
    bar.showPreset(id);
  };

  const renderSteps = () => {
    const player = run.player;
    const position = player?.position ?? 0;
    steps.replaceChildren(
      ...(player?.preset.steps ?? []).map((step, i) =>
        h('li', { 'data-state': i < position ? 'done' : i === position ? 'next' : 'todo' }, step.label),
      ),
    );
    steps.dataset.preset = player?.preset.id ?? '';
    steps.dataset.done = String(player?.done ?? false);
    steps.dataset.auto = String(player?.auto ?? false);
  };

  const syncRoster = () => {
    const parties = run.sim.parties();
    for (const [id, card] of cards) {
      if (parties.some((p) => p.id === id)) continue;
      card.dispose();
      cards.delete(id);
      cameras.get(id)?.stop();
      cameras.delete(id);
    }
    for (const party of parties) {
      if (cards.has(party.id)) continue;
      cameras.set(party.id, canvasCamera(party.id));
      const card = userCard(party, {
        sim: run.sim,
        cameras,
        chart: chartFor(party.kind, party.machine),
        start: run.start,
        changed: render,
        blipMs: () => bar.blipMs(),
      });
      cards.set(party.id, card);
      stage.append(card.el);
    }
  };

  const replayStatus = (): string => {
    if (!run.recorded || !run.script) return '';
    if (run.script.remaining > 0) return `replaying: ${run.script.remaining} commands to go`;
    if (run.verdict === null) {
      const verdict = checkReplay(run.recorded, run.sim.cloud.trace());
      if (verdict.kind !== 'pending') run.verdict = verdict;
    }
    if (run.verdict?.kind === 'match')
      return `replay matches the recording (${run.verdict.entries} trace entries)`;
    if (run.verdict?.kind === 'differs')
      return `replay differs from the recording at trace entry #${run.verdict.at}`;
    return 'replaying: catching up with the recording';
  };

  const render = () => {
    syncRoster();
    for (const card of cards.values()) card.update();
    bar.sync({
      playing: run.driver.playing,
      clock: since(run.sim.cloud.clock.now(), run.start),
    });
    renderSteps();
    const status = replayStatus();
    if (status) notice.textContent = status;
    if (shownTrace) timeline.update(shownTrace, shownTrace[0]?.t ?? 0);
    else timeline.update(run.sim.cloud.trace(), run.start);
  };

  const say = (text: string) => {
    notice.textContent = text;
  };

  const bar = toolbar(
    {
      togglePlay: () => {
        run.driver.playing = !run.driver.playing;
        render();
      },
      step: () => void run.driver.step(),
      setSpeed: (value) => {
        speed = value;
        run.driver.speed = value;
      },
      playPreset: (id) => {
        runPreset(id);
        say(`playing preset ${run.player?.preset.name ?? id}`);
      },
      takeOver: () => {
        run.player?.takeOver();
        say('you have the stage: use the cards, or "next step" to run the preset by hand');
        render();
      },
      nextStep: () => {
        run.player?.takeOver();
        run.player?.next();
        render();
      },
      addUser: (id, kind) => {
        try {
          run.sim.addUser(id, kind);
        } catch (error) {
          say(error instanceof Error ? error.message : String(error));
        }
        render();
      },
      configure: (settings) => {
        try {
          run.sim.configure(settings, null);
          say(`network: ${JSON.stringify(settings)}`);
        } catch (error) {
          say(error instanceof Error ? error.message : String(error));
        }
        render();
      },
      blip: (ms) => {
        run.sim.blip(null, ms);
        say(`blip: everyone's link down for ${ms / 1000} s`);
        render();
      },
      exportTrace: () => {
        const file = toTraceFile(
          run.sim.options,
          run.player?.preset.id ?? null,
          run.sim.commands(),
          run.sim.cloud.trace(),
        );
        download(`playground-${file.preset ?? 'run'}-seed${file.options.seed}.json`, serializeTrace(file));
        say(`exported ${file.commands.length} commands and ${file.trace.length} trace entries`);
      },
      importTrace: (text) => {
        try {
          const loaded = parseTrace(text);
          if (loaded.kind === 'run') {
            const { file } = loaded;
            newRun(file.options, { commands: new Script(file.commands), recorded: file.trace });
            say(`replaying ${file.commands.length} commands`);
          } else {
            newRun(run.sim.options);
            run.driver.playing = false;
            shownTrace = loaded.trace;
            say(
              `showing a testkit trace of ${loaded.trace.length} entries (it records no commands to replay)`,
            );
          }
          render();
        } catch (error) {
          say(error instanceof TraceFormatError ? `cannot load: ${error.message}` : String(error));
        }
      },
      newRun: () => {
        newRun(run.sim.options);
        say('empty stage: add users, or play a preset');
      },
    },
    speed,
    Object.keys(partyKinds),
  );

  const fakeMode = h(
    'div',
    { class: 'mode-fake' },
    bar.el,
    h('div', { class: 'preset-row' }, notice, steps),
    stage,
    timeline.el,
  );
  const realMode = h('div', { class: 'mode-real', hidden: true }, realCloudForm());
  const modeButton = (label: string, testId: string, showReal: boolean) =>
    h(
      'button',
      {
        'data-testid': testId,
        onclick: () => {
          realMode.hidden = !showReal;
          fakeMode.hidden = showReal;
        },
      },
      label,
    );
  root.append(
    h(
      'header',
      { class: 'top' },
      h('h1', {}, 'TRTC Smart playground'),
      h('nav', {}, modeButton('fake cloud', 'mode-fake', false), modeButton('real cloud', 'mode-real', true)),
    ),
    fakeMode,
    realMode,
  );

  const firstPreset = params.get('preset') ?? 'call-1v1';
  let run = createRun(DEFAULT_OPTIONS, { preset: firstPreset });
  bar.showPreset(firstPreset);
  render();
  if (params.get('autoplay') === '0') run.player?.takeOver();
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    void run.driver.tick(now - last);
    last = now;
  }, TICK_MS);
}
