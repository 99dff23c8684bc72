import type { VirtualBackground } from '@trtc-smart/core/media';
import { h } from '../dom.js';
import type { PanelContext, PanelPart } from './panel-part.js';

/** Built-in backgrounds: small SVGs in data: URLs (no asset to serve). */
const IMAGES: Readonly<Record<string, string>> = {
  sunset: svgUrl(
    '<linearGradient id="g" x2="0" y2="1"><stop offset="0" stop-color="#f97316"/><stop offset="1" stop-color="#7c3aed"/></linearGradient><rect width="64" height="48" fill="url(#g)"/>',
  ),
  office: svgUrl(
    '<rect width="64" height="48" fill="#cbd5e1"/><rect x="6" y="8" width="20" height="26" fill="#64748b"/><rect x="34" y="8" width="24" height="14" fill="#94a3b8"/>',
  ),
};

function svgUrl(body: string): string {
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 48">${body}</svg>`)}`;
}

/** The picker's value for a background: none, blur, or image:NAME. */
const pickerValue = (bg: VirtualBackground): string => {
  if (bg.type !== 'image') return bg.type;
  const name = Object.entries(IMAGES).find(([, url]) => url === bg.imageUrl)?.[0];
  return name ? `image:${name}` : 'none';
};

/** setVirtualBackground: none, a blur with its level, or one of the built-in images. */
export function backgroundPicker(ctx: PanelContext): PanelPart {
  const { id, media, invoke } = ctx;
  const kind = h(
    'select',
    { 'data-testid': `background-${id}`, onchange: () => send() },
    h('option', { value: 'none' }, 'none'),
    h('option', { value: 'blur' }, 'blur'),
    ...Object.keys(IMAGES).map((name) => h('option', { value: `image:${name}` }, `image: ${name}`)),
  );
  const blur = h('input', {
    type: 'range',
    min: 1,
    max: 10,
    value: 3,
    title: 'blur level 1-10',
    'data-testid': `background-${id}-blur`,
    onchange: () => send(),
  });
  const send = () => {
    const [type, name] = kind.value.split(':');
    if (type === 'blur') invoke('setVirtualBackground', { type, blurLevel: Number(blur.value) });
    else if (type === 'image') invoke('setVirtualBackground', { type, imageUrl: IMAGES[name ?? ''] ?? '' });
    else invoke('setVirtualBackground', { type: 'none' });
  };
  const el = h('fieldset', { class: 'media-part background' }, h('legend', {}, 'background'), kind, blur);
  return {
    el,
    update() {
      const bg = media.state().background;
      if (document.activeElement !== kind) kind.value = pickerValue(bg);
      blur.hidden = bg.type !== 'blur';
      if (bg.type === 'blur' && document.activeElement !== blur) blur.value = String(bg.blurLevel ?? 3);
      el.dataset.type = bg.type;
    },
  };
}

/** What the user's own tile shows behind them: the chosen image, or a blur. */
export function backgroundStyle(bg: VirtualBackground): { image: string; blur: number } {
  if (bg.type === 'image') return { image: `url("${bg.imageUrl}")`, blur: 0 };
  return { image: '', blur: bg.type === 'blur' ? (bg.blurLevel ?? 3) : 0 };
}
