import type { AnyStateMachine, AnyStateNode } from 'xstate';

interface Edge {
  readonly from: AnyStateNode;
  readonly targets: readonly AnyStateNode[];
  readonly label: string;
}

/**
 * A Mermaid `stateDiagram-v2` of a machine, made from its definition so it can never drift:
 * nested states, initial states, and every transition that changes state (event, `after`, `always`),
 * with guards in brackets. Transitions that only run actions are left out; root-level ones are noted.
 */
export function toMermaid(machine: AnyStateMachine): string {
  const all = collect(machine.root);
  const keyCount = new Map<string, number>();
  for (const node of all) keyCount.set(node.key, (keyCount.get(node.key) ?? 0) + 1);
  const id = (node: AnyStateNode) => ((keyCount.get(node.key) ?? 0) > 1 ? node.path.join('_') : node.key);

  const lines = ['stateDiagram-v2'];
  for (const edge of edgesOf(machine.root)) {
    lines.push(`  %% from any state: ${edge.label} --> ${edge.targets.map(id).join(', ')}`);
  }
  const render = (node: AnyStateNode, indent: string) => {
    const children = Object.values(node.states) as AnyStateNode[];
    if (node.initial?.target?.[0]) lines.push(`${indent}[*] --> ${id(node.initial.target[0])}`);
    for (const child of children) {
      if (Object.keys(child.states).length > 0) {
        lines.push(`${indent}state ${id(child)} {`);
        render(child, `${indent}  `);
        lines.push(`${indent}}`);
      } else if (child.type === 'final') {
        lines.push(`${indent}${id(child)} --> [*]`);
      }
    }
    for (const child of children) {
      for (const edge of edgesOf(child)) {
        for (const target of edge.targets)
          lines.push(`${indent}${id(child)} --> ${id(target)} : ${edge.label}`);
      }
    }
  };
  render(machine.root, '  ');
  return `${lines.join('\n')}\n`;
}

function collect(node: AnyStateNode): AnyStateNode[] {
  return [node, ...(Object.values(node.states) as AnyStateNode[]).flatMap(collect)];
}

function edgesOf(node: AnyStateNode): Edge[] {
  const edges: Edge[] = [];
  const add = (
    label: string,
    transitions: readonly { target?: readonly AnyStateNode[] | undefined; guard?: unknown }[],
  ) => {
    for (const t of transitions) {
      if (!t.target || t.target.length === 0) continue;
      edges.push({ from: node, targets: t.target, label: `${label}${guardLabel(t.guard)}` });
    }
  };
  for (const [event, transitions] of node.transitions) {
    if (event.startsWith('xstate.after.')) continue;
    add(eventLabel(event), transitions);
  }
  for (const after of node.after) add(`after ${delayLabel(after.delay)}`, [after]);
  if (node.always) add('always', node.always);
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
