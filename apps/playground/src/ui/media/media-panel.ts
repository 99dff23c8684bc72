import { h } from '../dom.js';
import { backgroundPicker } from './background-picker.js';
import { beautySliders } from './beauty-sliders.js';
import { devicePickers } from './device-pickers.js';
import { musicPlayer } from './music-player.js';
import type { PanelContext, PanelPart } from './panel-part.js';
import { screenShare } from './screen-share.js';
import { statsPanel } from './stats-panel.js';

/** A card's media controls: music, beauty, background, devices, screen share and statistics. */
export function mediaPanel(ctx: PanelContext): PanelPart {
  const parts = [musicPlayer, beautySliders, backgroundPicker, devicePickers, screenShare, statsPanel].map(
    (make) => make(ctx),
  );
  const el = h(
    'details',
    { class: 'media-panel', open: true, 'data-testid': `media-${ctx.id}` },
    h('summary', {}, 'media'),
    h('div', { class: 'media-parts' }, ...parts.map((p) => p.el)),
  );
  return {
    el,
    update: () => {
      for (const part of parts) part.update();
    },
    dispose: () => {
      for (const part of parts) part.dispose?.();
    },
  };
}
