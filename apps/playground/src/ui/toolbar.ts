import { presets } from '../presets/index.js';
import { h } from './dom.js';

/** What the toolbar asks of the app. */
export interface ToolbarActions {
  togglePlay(): void;
  step(): void;
  setSpeed(speed: number): void;
  playPreset(id: string): void;
  takeOver(): void;
  nextStep(): void;
  addUser(id: string, kind: string): void;
  configure(settings: { latencyMs: number; jitterMs: number; loss: number }): void;
  /** Everyone's link down for `ms`, then back. */
  blip(ms: number): void;
  exportTrace(): void;
  importTrace(text: string): void;
  newRun(): void;
}

const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32];

export function toolbar(actions: ToolbarActions, speed: number, kinds: readonly string[]) {
  const play = h('button', { 'data-testid': 'play', onclick: () => actions.togglePlay() }, 'pause');
  const speedSelect = h(
    'select',
    { 'data-testid': 'speed', onchange: () => actions.setSpeed(Number(speedSelect.value)) },
    ...SPEEDS.map((s) => h('option', { value: s, selected: s === speed }, `${s}×`)),
  );
  const clock = h('output', { 'data-testid': 'clock' }, '+0.000s');
  const presetSelect = h(
    'select',
    { 'data-testid': 'preset' },
    ...presets.map((p) => h('option', { value: p.id }, p.name)),
  );
  const newUser = h('input', { 'data-testid': 'new-user', placeholder: 'user id', size: 8 });
  const newKind = h(
    'select',
    { 'data-testid': 'new-user-kind' },
    ...kinds.map((k) => h('option', { value: k }, k)),
  );
  const number = (testId: string, value: number, step: number) =>
    h('input', { type: 'number', 'data-testid': testId, value, min: 0, step, class: 'num' });
  const latency = number('latency', 20, 10);
  const jitter = number('jitter', 0, 10);
  const loss = number('loss', 0, 0.05);
  const blipSeconds = number('blip-seconds', 5, 1);
  const blipMs = () => Math.max(0, Number(blipSeconds.value)) * 1000;
  const file = h('input', {
    type: 'file',
    accept: '.json,application/json',
    'data-testid': 'trace-input',
    onchange: () => {
      const chosen = file.files?.[0];
      if (chosen) void chosen.text().then((text) => actions.importTrace(text));
      file.value = '';
    },
  });
  const el = h(
    'div',
    { class: 'toolbar' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'virtual time'),
      play,
      h(
        'button',
        { 'data-testid': 'step', title: 'run to the next signaling message', onclick: () => actions.step() },
        'step',
      ),
      speedSelect,
      clock,
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'scenario'),
      presetSelect,
      h(
        'button',
        { 'data-testid': 'preset-play', onclick: () => actions.playPreset(presetSelect.value) },
        'play preset',
      ),
      h('button', { 'data-testid': 'preset-takeover', onclick: () => actions.takeOver() }, 'take over'),
      h('button', { 'data-testid': 'preset-next', onclick: () => actions.nextStep() }, 'next step'),
      h('button', { 'data-testid': 'new-run', onclick: () => actions.newRun() }, 'empty stage'),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'users'),
      newUser,
      newKind,
      h(
        'button',
        {
          'data-testid': 'add-user',
          onclick: () => {
            if (newUser.value.trim()) actions.addUser(newUser.value.trim(), newKind.value);
            newUser.value = '';
          },
        },
        'add',
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'network (everyone)'),
      h('label', {}, 'latency ms ', latency),
      h('label', {}, 'jitter ms ', jitter),
      h('label', {}, 'loss ', loss),
      h(
        'button',
        {
          'data-testid': 'apply-network',
          onclick: () =>
            actions.configure({
              latencyMs: Number(latency.value),
              jitterMs: Number(jitter.value),
              loss: Number(loss.value),
            }),
        },
        'apply',
      ),
      h(
        'label',
        { title: "link down this long, then back (the cards' blip buttons too)" },
        'blip s ',
        blipSeconds,
      ),
      h('button', { 'data-testid': 'blip-all', onclick: () => actions.blip(blipMs()) }, 'blip everyone'),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'trace'),
      h('button', { 'data-testid': 'export', onclick: () => actions.exportTrace() }, 'export'),
      h('label', { class: 'file' }, 'load ', file),
    ),
  );
  return {
    el,
    blipMs,
    /** Shows the preset a new run started from (not on every repaint: the person may be choosing). */
    showPreset(id: string) {
      presetSelect.value = id;
    },
    sync(state: { playing: boolean; clock: string }) {
      play.textContent = state.playing ? 'pause' : 'play';
      play.setAttribute('data-playing', String(state.playing));
      clock.textContent = state.clock;
    },
  };
}
