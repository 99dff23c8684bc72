import { callMachine } from '@trtc-smart/core/inspect';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { createActor, setup } from 'xstate';
import { activeNodeIds, edgesTaken, machineGraph } from '../src/chart/graph.js';
import { layoutChart, toElkGraph } from '../src/chart/layout.js';

const toy = setup({ guards: { ready: () => true } }).createMachine({
  id: 'toy',
  initial: 'off',
  states: {
    off: { on: { POWER: 'on' } },
    on: {
      initial: 'idle',
      states: {
        idle: { on: { GO: { target: 'busy', guard: 'ready' } } },
        busy: { after: { 500: 'idle' } },
      },
      on: { POWER: 'off' },
    },
  },
});

describe('machine graph', () => {
  it('has a node per state with its parent, and an edge per state-changing transition with its label', () => {
    const graph = machineGraph(toy);
    expect(graph.nodes.map((n) => [n.id, n.parent, n.initial, n.compound])).toEqual([
      ['off', null, true, false],
      ['on', null, false, true],
      ['on.idle', 'on', true, false],
      ['on.busy', 'on', false, false],
    ]);
    expect(graph.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['off', 'on', 'POWER'],
      ['on', 'off', 'POWER'],
      ['on.idle', 'on.busy', 'GO [ready]'],
      ['on.busy', 'on.idle', 'after 500ms'],
    ]);
  });

  it('names active states as the snapshot value does, outermost first', () => {
    expect(activeNodeIds('off')).toEqual(['off']);
    expect(activeNodeIds({ loggedIn: { active: 'inCall' } })).toEqual([
      'loggedIn',
      'loggedIn.active',
      'loggedIn.active.inCall',
    ]);
  });

  it('matches the transitions an actor takes to chart edges', () => {
    const graph = machineGraph(toy);
    const actor = createActor(toy);
    const taken: string[][] = [];
    actor.system.inspect((event) => {
      if (event.type === '@xstate.microstep') taken.push(edgesTaken(graph, event._transitions as never));
    });
    actor.start();
    actor.send({ type: 'POWER' });
    actor.send({ type: 'GO' });
    const edge = (id: string) => graph.edges.find((e) => e.id === id);
    expect(
      taken
        .filter((ids) => ids.length > 0)
        .map((ids) => ids.map((id) => `${edge(id)?.source}->${edge(id)?.target}`)),
    ).toEqual([['off->on'], ['on.idle->on.busy']]);
  });

  it('covers the whole call machine: every state of the Mermaid diagram is a node', () => {
    const graph = machineGraph(callMachine);
    const ids = graph.nodes.map((n) => n.id);
    for (const id of [
      'loggedOut',
      'loggedIn.idle',
      'loggedIn.ringing',
      'loggedIn.active.inCall',
      'loggedIn.active.dialing.waiting',
    ]) {
      expect(ids).toContain(id);
    }
    expect(
      graph.edges.find((e) => e.source === 'loggedIn.idle' && e.target === 'loggedIn.ringing')?.label,
    ).toBe('sig.invited [invitesMe]');
  });
});

describe('chart layout', () => {
  it('nests compound states in ELK and routes every edge from the root', () => {
    const elk = toElkGraph(machineGraph(toy));
    expect(elk.children?.map((c) => c.id)).toEqual(['off', 'on']);
    expect(elk.children?.[1]?.children?.map((c) => c.id)).toEqual(['on.idle', 'on.busy']);
    expect(elk.edges).toHaveLength(4);
  });

  it('places children inside their parents and edges between their states, without overlaps among siblings', async () => {
    const layout = await layoutChart(machineGraph(toy), new ELK());
    const box = (id: string) => {
      const node = layout.nodes.find((n) => n.id === id);
      if (!node) throw new Error(`no ${id}`);
      return node;
    };
    const inside = (inner: string, outer: string) => {
      const a = box(inner);
      const b = box(outer);
      return a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
    };
    expect(inside('on.idle', 'on')).toBe(true);
    expect(inside('on.busy', 'on')).toBe(true);
    const [a, b] = [box('on.idle'), box('on.busy')];
    expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
    expect(box('on.idle').depth).toBe(1);
    for (const edge of layout.edges) {
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      expect(edge.labelBox).toBeDefined();
    }
    expect(layout.width).toBeGreaterThan(0);
  });
});
