import type { BeautyStyle } from '@trtc-smart/core/media';
import { h } from '../dom.js';
import type { PanelContext, PanelPart } from './panel-part.js';

const LEVELS = ['beauty', 'whiteness', 'ruddiness'] as const;
const SHORT: Readonly<Record<(typeof LEVELS)[number], string>> = {
  beauty: 'smooth',
  whiteness: 'white',
  ruddiness: 'ruddy',
};

/** setBeautyStyle's style and three levels (0-9; all 0 turns beauty off). */
export function beautySliders(ctx: PanelContext): PanelPart {
  const { id, media, invoke } = ctx;
  const style = h(
    'select',
    { 'data-testid': `beauty-${id}-style`, onchange: () => send() },
    h('option', { value: 'smooth' }, 'smooth'),
    h('option', { value: 'natural' }, 'natural'),
  );
  const sliders = LEVELS.map((level) =>
    h('input', {
      type: 'range',
      min: 0,
      max: 9,
      value: 0,
      title: level,
      'data-testid': `beauty-${id}-${level}`,
      onchange: () => send(),
    }),
  );
  const send = () => {
    const [beauty = 0, whiteness = 0, ruddiness = 0] = sliders.map((s) => Number(s.value));
    invoke('setBeautyStyle', { style: style.value, beauty, whiteness, ruddiness });
  };
  const el = h(
    'fieldset',
    { class: 'media-part beauty' },
    h('legend', {}, 'beauty'),
    style,
    ...LEVELS.map((level, i) => h('label', { title: `${level} 0-9` }, SHORT[level], sliders[i])),
  );
  return {
    el,
    update() {
      const beauty: BeautyStyle = media.state().beauty;
      if (document.activeElement !== style) style.value = beauty.style;
      LEVELS.forEach((level, i) => {
        const slider = sliders[i];
        if (slider && document.activeElement !== slider) slider.value = String(beauty[level]);
      });
      el.dataset.on = String(LEVELS.some((level) => beauty[level] > 0));
    },
  };
}

/** A CSS filter that stands in for the beauty effect on the user's own tile. */
export function beautyFilter({ beauty, whiteness, ruddiness }: BeautyStyle): string {
  if (beauty + whiteness + ruddiness === 0) return '';
  return `blur(${beauty * 0.12}px) brightness(${1 + whiteness * 0.04}) saturate(${1 + ruddiness * 0.08})`;
}
