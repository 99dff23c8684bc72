import type { AnyStateMachine } from 'xstate';
import { type MachineGraphNode, machineGraph } from './machine-graph.js';

/**
 * A Mermaid `stateDiagram-v2` of a machine, made from its graph so it can never drift: nested
 * states, initial and final states and every state-changing transition; root-level ones are noted.
 */
export function toMermaid(machine: AnyStateMachine): string {
  const { nodes, edges, anyStateEdges } = machineGraph(machine);
  const keyCount = new Map<string, number>();
  for (const node of nodes) keyCount.set(node.label, (keyCount.get(node.label) ?? 0) + 1);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const id = (graphId: string) => {
    const node = byId.get(graphId) as MachineGraphNode;
    return (keyCount.get(node.label) ?? 0) > 1 ? node.id.replaceAll('.', '_') : node.label;
  };

  const lines = ['stateDiagram-v2'];
  for (const edge of anyStateEdges) lines.push(`  %% from any state: ${edge.label} --> ${id(edge.target)}`);
  const render = (parent: string | null, indent: string) => {
    const children = nodes.filter((node) => node.parent === parent);
    const initial = children.find((node) => node.initial);
    if (initial) lines.push(`${indent}[*] --> ${id(initial.id)}`);
    for (const child of children) {
      if (child.compound) {
        lines.push(`${indent}state ${id(child.id)} {`);
        render(child.id, `${indent}  `);
        lines.push(`${indent}}`);
      } else if (child.final) {
        lines.push(`${indent}${id(child.id)} --> [*]`);
      }
    }
    for (const child of children) {
      for (const edge of edges) {
        if (edge.source === child.id)
          lines.push(`${indent}${id(child.id)} --> ${id(edge.target)} : ${edge.label}`);
      }
    }
  };
  render(null, '  ');
  return `${lines.join('\n')}\n`;
}
