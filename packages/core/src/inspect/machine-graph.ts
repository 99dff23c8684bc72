import type { AnyStateMachine, AnyStateNode } from 'xstate';

/** A state of the machine; `parent` is null for top-level states (the machine root is not a node). */
export interface MachineGraphNode {
  /** The state's path joined with dots, e.g. `loggedIn.active.dialing`. */
  readonly id: string;
  readonly label: string;
  readonly parent: string | null;
  readonly initial: boolean;
  readonly final: boolean;
  readonly compound: boolean;
}

/** A transition that changes state. `event` is XState's raw event type, for matching live transitions. */
export interface MachineGraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly event: string;
  readonly label: string;
}

/** A machine's states and transitions as plain data, for drawing (the playground, {@link toMermaid}). */
export interface MachineGraph {
  readonly nodes: readonly MachineGraphNode[];
  readonly edges: readonly MachineGraphEdge[];
  /** Transitions defined on the machine root: taken from any state (source ''). */
  readonly anyStateEdges: readonly MachineGraphEdge[];
}

/** The graph id of a state node: its path, so ids read the same as `snapshot.value`. */
export const graphNodeId = (node: { readonly path: readonly string[] }): string => node.path.join('.');

/**
 * Nodes and edges straight from a machine definition, so charts and diagrams can never drift
 * from it: every transition that changes state (event, `after`, `always`) with guards in brackets;
 * transitions that only run actions are left out.
 */
export function machineGraph(machine: AnyStateMachine): MachineGraph {
  const nodes: MachineGraphNode[] = [];
  const edges: MachineGraphEdge[] = [];
  const visit = (node: AnyStateNode, parent: AnyStateNode | null) => {
    const children = Object.values(node.states) as AnyStateNode[];
    if (parent !== null) {
      nodes.push({
        id: graphNodeId(node),
        label: node.key,
        parent: parent === machine.root ? null : graphNodeId(parent),
        initial: parent.initial?.target?.[0] === node,
        final: node.type === 'final',
        compound: children.length > 0,
      });
      edges.push(...transitionsOf(node, edges.length));
    }
    for (const child of children) visit(child, node);
  };
  visit(machine.root, null);
  return { nodes, edges, anyStateEdges: transitionsOf(machine.root, 0) };
}

interface Transition {
  readonly target?: readonly AnyStateNode[] | undefined;
  readonly guard?: unknown;
  readonly eventType: string;
}

function transitionsOf(node: AnyStateNode, seq: number): MachineGraphEdge[] {
  const edges: MachineGraphEdge[] = [];
  const add = (transitions: readonly Transition[], label: (t: Transition) => string) => {
    for (const t of transitions) {
      for (const target of t.target ?? []) {
        const source = graphNodeId(node);
        const id = `${source}->${graphNodeId(target)}:${t.eventType}#${seq + edges.length}`;
        edges.push({ id, source, target: graphNodeId(target), event: t.eventType, label: label(t) });
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
