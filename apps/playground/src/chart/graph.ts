import type { AnyStateMachine, AnyStateNode } from 'xstate';

/** A state of the machine; `parent` is null for top-level states (the machine root is not a node). */
export interface ChartNode {
  /** The state's path joined with dots, e.g. `loggedIn.active.dialing`. */
  readonly id: string;
  readonly label: string;
  readonly parent: string | null;
  readonly initial: boolean;
  readonly final: boolean;
  readonly compound: boolean;
}

/** A transition that changes state. `event` is XState's raw event type, for matching live transitions. */
export interface ChartEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly event: string;
  readonly label: string;
}

export interface ChartGraph {
  readonly nodes: readonly ChartNode[];
  readonly edges: readonly ChartEdge[];
}

/** The chart id of a state node: its path, so ids read the same as `snapshot.value`. */
export const nodeId = (node: { readonly path: readonly string[] }): string => node.path.join('.');

/** Nodes and edges straight from the machine definition, so the chart can never drift from it. */
export function machineGraph(machine: AnyStateMachine): ChartGraph {
  const nodes: ChartNode[] = [];
  const edges: ChartEdge[] = [];
  const visit = (node: AnyStateNode, parent: AnyStateNode | null) => {
    const children = Object.values(node.states) as AnyStateNode[];
    if (parent !== null) {
      const initialTarget = parent.initial?.target?.[0];
      nodes.push({
        id: nodeId(node),
        label: node.key,
        parent: parent === machine.root ? null : nodeId(parent),
        initial: initialTarget === node,
        final: node.type === 'final',
        compound: children.length > 0,
      });
      for (const edge of transitionsOf(node)) edges.push(edge);
    }
    for (const child of children) visit(child, node);
  };
  visit(machine.root, null);
  return { nodes, edges };
}

interface Transition {
  readonly target?: readonly AnyStateNode[] | undefined;
  readonly guard?: unknown;
  readonly eventType: string;
}

function transitionsOf(node: AnyStateNode): ChartEdge[] {
  const edges: ChartEdge[] = [];
  const add = (transitions: readonly Transition[], label: (t: Transition) => string) => {
    for (const t of transitions) {
      for (const target of t.target ?? []) {
        const source = nodeId(node);
        const id = `${source}->${nodeId(target)}:${t.eventType}#${edges.length}`;
        edges.push({ id, source, target: nodeId(target), event: t.eventType, label: label(t) });
      }
    }
  };
  for (const [event, transitions] of node.transitions) {
    if (event.startsWith('xstate.after.')) continue;
    add(transitions as readonly Transition[], (t) => `${eventLabel(event)}${guardLabel(t.guard)}`);
  }
  for (const after of node.after) add([after], () => `after ${delayLabel(after.delay)}`);
  if (node.always) add(node.always as readonly Transition[], (t) => `always${guardLabel(t.guard)}`);
  return edges;
}

const eventLabel = (event: string): string =>
  event.startsWith('xstate.done.actor.') ? 'done' : event.startsWith('xstate.error.actor.') ? 'error' : event;

const delayLabel = (delay: unknown): string => (typeof delay === 'number' ? `${delay}ms` : String(delay));

function guardLabel(guard: unknown): string {
  if (typeof guard === 'string') return ` [${guard}]`;
  if (guard && typeof guard === 'object' && 'type' in guard)
    return ` [${String((guard as { type: unknown }).type)}]`;
  return '';
}

/** The ids of the active states in a snapshot value, outermost first. */
export function activeNodeIds(value: unknown, prefix: readonly string[] = []): string[] {
  if (typeof value === 'string') return [[...prefix, value].join('.')];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [
    [...prefix, key].join('.'),
    ...activeNodeIds(child, [...prefix, key]),
  ]);
}

/** The chart edges a microstep took, matched by source, event and target. */
export function edgesTaken(
  graph: ChartGraph,
  transitions: readonly {
    source: { path: readonly string[] };
    target?: readonly { path: readonly string[] }[] | undefined;
    eventType: string;
  }[],
): string[] {
  return transitions.flatMap((t) => {
    const source = nodeId(t.source);
    const targets = new Set((t.target ?? []).map(nodeId));
    return graph.edges
      .filter((e) => e.source === source && e.event === t.eventType && targets.has(e.target))
      .map((e) => e.id);
  });
}
