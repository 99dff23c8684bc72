import { type MachineGraph, graphNodeId as nodeId } from '@trtc-smart/core/inspect';

// The graph model lives in core (it also draws the Mermaid diagrams); the chart names its parts.
export {
  graphNodeId as nodeId,
  type MachineGraph as ChartGraph,
  type MachineGraphEdge as ChartEdge,
  type MachineGraphNode as ChartNode,
  machineGraph,
} from '@trtc-smart/core/inspect';

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
  graph: MachineGraph,
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
