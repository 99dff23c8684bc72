import { type CanvasCamera, canvasCamera } from '../../media/camera.js';
import { type Tile, videoTile } from '../../media/tiles.js';
import { h } from '../dom.js';
import type { PanelContext, PanelPart } from './panel-part.js';

/**
 * startScreenShare / stopScreenShare, and a tile per remote user sharing a screen (their
 * substream, rendered with streamType 'sub'), showing a generated picture of it.
 */
export function screenShare(ctx: PanelContext): PanelPart {
  const { id, media, invoke } = ctx;
  const button = h('button', {
    'data-testid': `share-${id}`,
    onclick: () =>
      media.state().screenShare === 'off'
        ? invoke('startScreenShare', { publish: true })
        : invoke('stopScreenShare'),
  });
  const remote = h('span', { class: 'remote-screens', 'data-testid': `screens-${id}` });
  const tiles = h('div', { class: 'tiles' });
  const el = h('fieldset', { class: 'media-part share' }, h('legend', {}, 'screen'), button, remote, tiles);
  const shown = new Map<string, { tile: Tile; camera: CanvasCamera; action: HTMLButtonElement }>();
  const drop = (peer: string) => {
    const found = shown.get(peer);
    found?.camera.stop();
    found?.tile.el.remove();
    shown.delete(peer);
  };
  return {
    el,
    update() {
      const { screenShare: mine, remoteSubStreams } = media.state();
      button.textContent =
        mine === 'off' ? 'share screen' : mine === 'starting' ? 'starting…' : 'stop sharing';
      button.classList.toggle('on', mine === 'on');
      button.disabled = mine === 'starting' || (mine === 'off' && !media.canShare());
      el.dataset.state = mine;
      remote.textContent = remoteSubStreams.length > 0 ? `sharing: ${remoteSubStreams.join(', ')}` : '';
      for (const peer of shown.keys()) if (!remoteSubStreams.includes(peer)) drop(peer);
      const rendered = media.screensShown();
      for (const peer of remoteSubStreams) {
        let found = shown.get(peer);
        if (!found) {
          const action = h('button', {
            class: 'tile-action',
            'data-testid': `view-screen-${id}-${peer}`,
            onclick: () => {
              const { method, params } = media.screenCommand(peer, !media.screensShown().includes(peer));
              invoke(method, params);
            },
          });
          const tile = videoTile(`screen-${id}-${peer}`, `${peer}'s screen`, action);
          found = { tile, camera: canvasCamera(`${peer} ▭`), action };
          shown.set(peer, found);
          tiles.append(tile.el);
        }
        const on = rendered.includes(peer);
        found.tile.update(found.camera, peer, on, 'not rendering');
        found.action.textContent = on ? 'stop view' : 'view';
      }
    },
    dispose() {
      for (const peer of [...shown.keys()]) drop(peer);
    },
  };
}
