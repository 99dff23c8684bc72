import { toneUrl } from '../../media/tone.js';
import { h } from '../dom.js';
import type { PanelContext, PanelPart } from './panel-part.js';

/** The card's one track id (the API takes several; one is enough to show them). */
const TRACK = 1;
/** The tone lasts a second: looped, it plays half a minute. */
const LOOPS = 29;

let tone: string | undefined;

/** Plays the built-in tone through startPlayMusic, with pause, stop, volume and its progress. */
export function musicPlayer(ctx: PanelContext): PanelPart {
  const { id, media, invoke } = ctx;
  const track = () => media.state().music.find((t) => t.id === TRACK);
  const publish = h('input', { type: 'checkbox', checked: true, 'data-testid': `music-${id}-publish` });
  const play = h(
    'button',
    {
      'data-testid': `music-${id}-play`,
      title: 'a 440 Hz tone made in code, mixed into what the others hear when "publish" is on',
      onclick: () => {
        tone ??= toneUrl();
        invoke('startPlayMusic', { id: TRACK, url: tone, loopCount: LOOPS, publish: publish.checked });
      },
    },
    '♪ play tone',
  );
  const pause = h('button', {
    'data-testid': `music-${id}-pause`,
    onclick: () => invoke(track()?.status === 'paused' ? 'resumePlayMusic' : 'pausePlayMusic', { id: TRACK }),
  });
  const stop = h(
    'button',
    { 'data-testid': `music-${id}-stop`, onclick: () => invoke('stopPlayMusic', { id: TRACK }) },
    'stop',
  );
  const volume = h('input', {
    type: 'range',
    min: 0,
    max: 100,
    value: 100,
    title: 'music volume',
    'data-testid': `music-${id}-volume`,
    onchange: () => invoke('setMusicVolume', { id: TRACK, volume: Number(volume.value) }),
  });
  const progress = h('progress', { max: 1, value: 0 });
  const position = h('span', { class: 'num-text', 'data-testid': `music-${id}-position` });
  const el = h(
    'fieldset',
    { class: 'media-part music' },
    h('legend', {}, 'music'),
    play,
    pause,
    stop,
    h('label', {}, publish, ' publish'),
    volume,
    progress,
    position,
  );
  return {
    el,
    update() {
      const t = track();
      el.dataset.status = t?.status ?? 'off';
      pause.textContent = t?.status === 'paused' ? 'resume' : 'pause';
      pause.disabled = !t;
      stop.disabled = !t;
      volume.disabled = !t;
      if (t && document.activeElement !== volume) volume.value = String(t.volume);
      progress.max = Math.max(1, t?.durationMs ?? 1);
      progress.value = t?.positionMs ?? 0;
      position.textContent = t
        ? `${(t.positionMs / 1000).toFixed(2)} / ${(t.durationMs / 1000).toFixed(2)} s`
        : '';
    },
  };
}
