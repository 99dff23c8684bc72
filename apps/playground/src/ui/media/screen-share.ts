import { h } from '../dom.js';
import type { PanelContext, PanelPart } from './panel-part.js';

/** startScreenShare / stopScreenShare, and whose screens this user can see (their substreams). */
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
  const el = h('fieldset', { class: 'media-part share' }, h('legend', {}, 'screen'), button, remote);
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
    },
  };
}
