import { h } from '../dom.js';
import type { PanelContext, PanelPart } from './panel-part.js';

/**
 * onStatistics (every 2 s in a call or room) and the voice volumes heard: each remote user's meter
 * shows the lowest of their last readings, so music mixed into their audio holds it up.
 */
export function statsPanel(ctx: PanelContext): PanelPart {
  const { id, media } = ctx;
  const link = h('div', { class: 'stats-link', 'data-testid': `stats-${id}` }, 'no statistics yet');
  const peers = h('div', { class: 'stats-peers' });
  const el = h('fieldset', { class: 'media-part stats' }, h('legend', {}, 'statistics'), link, peers);
  const rows = new Map<string, { row: HTMLElement; text: HTMLElement; bar: HTMLElement }>();
  const rowOf = (peer: string) => {
    let found = rows.get(peer);
    if (!found) {
      const text = h('span', { class: 'peer-text' });
      const bar = h('span', { class: 'meter-fill' });
      const row = h(
        'div',
        { class: 'peer', 'data-testid': `volume-${id}-${peer}` },
        h('strong', {}, peer),
        h('span', { class: 'meter', title: 'voice volume: the lowest of the last readings' }, bar),
        text,
      );
      found = { row, text, bar };
      rows.set(peer, found);
    }
    return found;
  };
  return {
    el,
    update() {
      const s = media.statistics();
      if (s) {
        const { local } = s;
        const video = local.width > 0 ? ` · ${local.width}×${local.height}@${local.frameRate}` : '';
        link.textContent = `rtt ${s.rtt} ms · loss ↑${s.upLoss}% ↓${s.downLoss}% · sending ${local.audioBitrateKbps + local.videoBitrateKbps} kbps${video}`;
      }
      link.dataset.rtt = s ? String(s.rtt) : '';
      const volumes = media.volumes();
      const names = new Set([...(s?.remote ?? []).map((r) => r.userId), ...volumes.keys()]);
      names.delete(id);
      for (const [peer, { row }] of rows) {
        if (names.has(peer)) continue;
        row.remove();
        rows.delete(peer);
      }
      for (const peer of names) {
        const { row, text, bar } = rowOf(peer);
        const heard = volumes.get(peer) ?? [];
        const low = heard.length > 0 ? Math.min(...heard) : 0;
        const remote = s?.remote.find((r) => r.userId === peer);
        const kbps = remote ? remote.audioBitrateKbps + remote.videoBitrateKbps : 0;
        bar.style.width = `${low}%`;
        row.dataset.min = String(low);
        row.dataset.kbps = String(kbps);
        text.textContent = `vol ≥${low} · ${kbps} kbps`;
        if (!row.isConnected) peers.append(row);
      }
    },
  };
}
