import { h } from '../ui/dom.js';
import type { CanvasCamera } from './camera.js';

/** A video tile: shows a camera's stream while `live`, else a caption saying why not. */
export interface Tile {
  readonly el: HTMLElement;
  /** `owner` names whose camera it is, shown as `data-showing` while live. */
  update(camera: CanvasCamera | undefined, owner: string, live: boolean, caption: string): void;
}

/** `elementId` names the tile for adapters that render into an element themselves (the web adapter). */
export function videoTile(testId: string, title: string, action?: HTMLElement, elementId?: string): Tile {
  const video = h('video', { class: 'sim-video', muted: true, autoplay: true, playsinline: true });
  video.muted = true;
  const note = h('span', { class: 'tile-note' });
  const el = h(
    'div',
    { class: 'tile', id: elementId, 'data-testid': testId, 'data-live': 'false' },
    video,
    h('span', { class: 'tile-title' }, title),
    note,
    action,
  );
  let shown: MediaStream | null = null;
  return {
    el,
    update(camera, owner, live, caption) {
      const stream = live && camera ? camera.stream() : null;
      if (stream !== shown) {
        shown = stream;
        video.srcObject = stream;
        if (stream) void video.play().catch(() => undefined);
      }
      el.dataset.live = String(stream !== null);
      el.dataset.showing = stream ? owner : '';
      note.textContent = stream ? '' : caption;
    },
  };
}
