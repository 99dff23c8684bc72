import type { DeviceInfo, DeviceKind } from '@trtc-smart/core/media';
import type { JsonValue } from '@trtc-smart/testkit';
import { focusBox } from '../chart/focus.js';
import { activeNodeIds, type ChartGraph } from '../chart/graph.js';
import type { ChartLayout } from '../chart/layout.js';
import { highlightChart, renderChart } from '../chart/render-chart.js';
import { watchTransitions } from '../chart/transitions.js';
import type { CanvasCamera } from '../media/camera.js';
import { type Tile, videoTile } from '../media/tiles.js';
import type { SimParty } from '../sim/party.js';
import { h } from './dom.js';
import { since, slug } from './format.js';
import { backgroundStyle } from './media/background-picker.js';
import { beautyFilter } from './media/beauty-sliders.js';
import { mediaPanel } from './media/media-panel.js';

/** The small chart's height (styles.css) and a width to assume before the card is laid out. */
const CHART_H = 320;
const CHART_W = 460;

/** What a card needs of its stage: the fake cloud's simulation, or the real cloud's one user. */
export interface CardStage {
  parties(): readonly SimParty[];
  party(id: string): SimParty | undefined;
  invoke(user: string, method: string, params?: JsonValue): Promise<void>;
  removeUser(id: string): Promise<void>;
  /** Fault injection exists on the fake cloud only. */
  partition?(target: string, on: boolean): void;
  isPartitioned?(target: string): boolean;
  setOnline?(target: string, online: boolean): void;
  isOffline?(target: string): boolean;
  blip?(target: string, ms: number): void;
  /** Fake devices plugged in and out (the fake cloud only). */
  plugDevice?(target: string, kind: DeviceKind, device: DeviceInfo): void;
  unplugDevice?(target: string, kind: DeviceKind, deviceId: string): void;
}

export interface CardContext {
  readonly sim: CardStage;
  readonly cameras: ReadonlyMap<string, CanvasCamera>;
  /** The chart of this party's kind, once laid out. */
  readonly chart: Promise<{ graph: ChartGraph; layout: ChartLayout }>;
  readonly start: number;
  readonly changed: () => void;
  /** The element id of a tile, for adapters that render into elements (the web adapter). */
  readonly tileElementId?: (viewer: string, owner: string) => string;
  /** How long the card's blip button takes the link down, ms. */
  readonly blipMs?: () => number;
}

export interface UserCard {
  readonly el: HTMLElement;
  update(): void;
  dispose(): void;
}

/** One user on the stage: status, seed actions, video tiles, live state chart and event log. */
export function userCard(party: SimParty, ctx: CardContext): UserCard {
  const { sim } = ctx;
  const id = party.id;
  const others = () =>
    sim
      .parties()
      .filter((p) => p.id !== id)
      .map((p) => p.id);
  const targets = h('input', {
    class: 'targets',
    'data-testid': `targets-${id}`,
    placeholder: 'everyone else',
    title: 'who to call or invite: user ids, comma separated (empty = everyone else)',
  });
  const chosenTargets = () => {
    const typed = targets.value.split(/[\s,]+/).filter(Boolean);
    return typed.length > 0 ? typed : others();
  };

  const status = h('span', { class: 'status', 'data-testid': `status-${id}` });
  const toggle = (label: string, testId: string, isOn: () => boolean, set: (on: boolean) => void) => {
    const button = h(
      'button',
      {
        class: 'toggle',
        'data-testid': testId,
        onclick: () => {
          set(!isOn());
          ctx.changed();
        },
      },
      label,
    );
    return { button, sync: () => button.classList.toggle('on', isOn()) };
  };
  const { partition: cut, isPartitioned, setOnline, isOffline } = sim;
  const faults =
    cut && isPartitioned && setOnline && isOffline
      ? [
          toggle(
            'partition',
            `partition-${id}`,
            () => isPartitioned(id),
            (on) => cut(id, on),
          ),
          toggle(
            'offline',
            `offline-${id}`,
            () => isOffline(id),
            (on) => setOnline(id, !on),
          ),
        ]
      : [];
  const { blip } = sim;
  const blipButton = blip
    ? h(
        'button',
        {
          class: 'toggle',
          'data-testid': `blip-${id}`,
          title: "takes this user's link down for the toolbar's blip seconds",
          onclick: () => {
            blip(id, ctx.blipMs?.() ?? 5_000);
            ctx.changed();
          },
        },
        'blip',
      )
    : null;
  const remove = h(
    'button',
    {
      class: 'remove',
      title: `remove ${id}`,
      'data-testid': `remove-${id}`,
      onclick: () => void sim.removeUser(id).then(ctx.changed),
    },
    '×',
  );

  // A kind's control list keeps its length and order; only labels and enabled flags change.
  const controls = h('div', { class: 'controls' });
  const buttons = party.controls().map((_, i) => {
    const button = h('button', {
      onclick: () => {
        const control = party.controls()[i];
        if (!control) return;
        void sim.invoke(id, control.method, control.params?.(chosenTargets()) ?? null);
        ctx.changed();
      },
    });
    controls.append(button);
    return button;
  });

  const tiles = h('div', { class: 'tiles' });
  const selfTile = videoTile(`tile-${id}-self`, `${id} (me)`, undefined, ctx.tileElementId?.(id, 'self'));
  tiles.append(selfTile.el);
  const remoteTiles = new Map<string, Tile>();

  const { media } = party;
  const panel =
    media &&
    mediaPanel({
      id,
      media,
      invoke: (method, params = null) => {
        void sim.invoke(id, method, params);
        ctx.changed();
      },
      ...(sim.plugDevice && sim.unplugDevice
        ? { plug: sim.plugDevice.bind(sim, id), unplug: sim.unplugDevice.bind(sim, id) }
        : {}),
    });

  const chartWrap = h(
    'div',
    {
      class: 'chart-wrap',
      title: 'click to enlarge',
      onclick: () => {
        chartWrap.classList.toggle('big');
        update();
      },
    },
    'laying out…',
  );
  // The links live in the machine's context, not in its states: the chart carries them as a badge.
  const linkBadge = h('div', { class: 'link-badge', 'data-testid': `link-${id}` });
  let chartSvg: SVGSVGElement | undefined;
  let chartLayout: ChartLayout | undefined;
  let transitions: ReturnType<typeof watchTransitions> | undefined;
  let disposed = false;
  void ctx.chart.then(({ graph, layout }) => {
    if (disposed) return;
    chartSvg = renderChart(layout, `chart-${id}`);
    chartLayout = layout;
    transitions = watchTransitions(party.actor, graph);
    chartWrap.replaceChildren(chartSvg, linkBadge);
    update();
  });

  const log = h('ol', { class: 'log', 'data-testid': `log-${id}` });
  let logged = 0;

  const el = h(
    'section',
    { class: 'card', 'data-testid': `card-${id}` },
    h(
      'header',
      {},
      h('strong', {}, id),
      h('span', { class: 'kind' }, party.kind),
      status,
      ...faults.map((fault) => fault.button),
      ...(blipButton ? [blipButton] : []),
      remove,
    ),
    h('label', { class: 'to' }, 'to ', targets),
    controls,
    tiles,
    panel?.el,
    chartWrap,
    log,
  );

  function update(): void {
    const current = party.status();
    status.textContent = current;
    el.dataset.status = current;
    for (const fault of faults) fault.sync();
    showLinks();
    party.controls().forEach((control, i) => {
      const button = buttons[i];
      if (!button) return;
      button.textContent = control.label;
      button.setAttribute('data-testid', `btn-${id}-${slug(control.label)}`);
      button.disabled = !control.enabled;
    });
    updateTiles();
    panel?.update();
    for (const line of party.log.slice(logged)) {
      log.append(h('li', { class: line.kind }, h('time', {}, since(line.t, ctx.start)), ` ${line.text}`));
    }
    if (party.log.length > logged) log.scrollTop = log.scrollHeight;
    logged = party.log.length;
    if (chartSvg && chartLayout && transitions) {
      const active = new Set(activeNodeIds(party.actor.getSnapshot().value));
      highlightChart(chartSvg, active, transitions.lastEdges());
      // Small, the chart follows the active state; enlarged, it shows the whole machine.
      const box = chartWrap.classList.contains('big')
        ? { x: 0, y: 0, w: chartLayout.width, h: chartLayout.height }
        : focusBox(chartLayout, active, { w: chartWrap.clientWidth || CHART_W, h: CHART_H });
      chartSvg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);
    }
  }

  function showLinks(): void {
    const links = party.connection?.();
    const down = links
      ? (['media', 'signaling'] as const).filter((scope) => links[scope] === 'reconnecting')
      : [];
    linkBadge.textContent = down.length > 0 ? `reconnecting: ${down.join(', ')}` : '';
    linkBadge.dataset.state = down.length > 0 ? 'reconnecting' : (links?.media ?? 'none');
    el.dataset.link = linkBadge.dataset.state;
  }

  function updateTiles(): void {
    selfTile.update(ctx.cameras.get(id), id, party.cameraOn(), 'camera off');
    if (media) {
      // Stand-ins for the effects the fake cloud only records: a filter and a backdrop on the own tile.
      const { beauty, background } = media.state();
      const behind = backgroundStyle(background);
      selfTile.el.style.filter = beautyFilter(beauty);
      selfTile.el.style.backgroundImage = behind.image;
      selfTile.el.dataset.background = background.type;
      selfTile.el.dataset.beauty = String(beautyFilter(beauty) !== '');
    }
    const peers = party.peers();
    for (const [peer, tile] of remoteTiles) {
      if (!peers.includes(peer)) {
        tile.el.remove();
        remoteTiles.delete(peer);
      }
    }
    const rendering = party.rendering();
    for (const peer of peers) {
      let tile = remoteTiles.get(peer);
      if (!tile) {
        const view = h('button', {
          class: 'tile-action',
          'data-testid': `view-${id}-${peer}`,
          onclick: () => {
            const command = party.viewCommand(peer, !party.rendering().includes(peer));
            if (command) void sim.invoke(id, command.method, command.params);
            ctx.changed();
          },
        });
        tile = videoTile(`tile-${id}-${peer}`, peer, view, ctx.tileElementId?.(id, peer));
        remoteTiles.set(peer, tile);
        tiles.append(tile.el);
      }
      const renders = rendering.includes(peer);
      const publishing = sim.party(peer)?.cameraOn() ?? false;
      tile.update(
        ctx.cameras.get(peer),
        peer,
        renders && publishing,
        renders ? 'no video from them' : 'not rendering',
      );
      const action = tile.el.querySelector('button');
      if (action) {
        action.textContent = renders ? 'stop view' : 'view';
        action.disabled = party.viewCommand(peer, !renders) === null;
      }
    }
  }

  update();
  return {
    el,
    update,
    dispose: () => {
      disposed = true;
      transitions?.stop();
      panel?.dispose?.();
      el.remove();
    },
  };
}
