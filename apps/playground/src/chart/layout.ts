import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { ChartGraph } from './graph.js';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PositionedNode extends Box {
  readonly id: string;
  readonly label: string;
  readonly compound: boolean;
  readonly initial: boolean;
  readonly final: boolean;
  /** 0 for top-level states. */
  readonly depth: number;
}

export interface PositionedEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Polyline points, start to end, in chart coordinates. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly label: string;
  readonly labelBox: Box | undefined;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PositionedNode[];
  readonly edges: readonly PositionedEdge[];
}

/** Anything with elkjs's `layout`, so tests and the app share one engine without a worker. */
export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/** Text metrics are estimated, so layout stays pure (no DOM): monospace-ish 6.6px per char at 11px. */
const CHAR_W = 6.6;
const LINE_H = 14;
const textWidth = (text: string) => Math.ceil(text.length * CHAR_W) + 12;

/** Graph → ELK's JSON with compound states as nested nodes and every edge at the root. */
export function toElkGraph(graph: ChartGraph): ElkNode {
  const byId = new Map<string, ElkNode & { children: ElkNode[] }>();
  const root: ElkNode & { children: ElkNode[] } = {
    id: '(root)',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '28',
      'elk.spacing.nodeNode': '18',
      'elk.spacing.edgeLabel': '2',
      'elk.edgeLabels.inline': 'false',
    },
    children: [],
  };
  for (const node of graph.nodes) {
    byId.set(node.id, {
      id: node.id,
      labels: [{ text: node.label, width: textWidth(node.label), height: LINE_H }],
      ...(node.compound
        ? {
            layoutOptions: {
              'elk.padding': '[top=24,left=10,bottom=10,right=10]',
              'elk.nodeLabels.placement': 'INSIDE V_TOP H_LEFT',
            },
          }
        : { width: textWidth(node.label) + 8, height: 28 }),
      children: [],
    });
  }
  for (const node of graph.nodes) {
    const elk = byId.get(node.id);
    if (!elk) continue;
    const parent = node.parent === null ? root : byId.get(node.parent);
    parent?.children.push(elk);
  }
  const edges: ElkExtendedEdge[] = graph.edges.map((edge) => ({
    id: edge.id,
    sources: [edge.source],
    targets: [edge.target],
    labels: [{ text: edge.label, width: textWidth(edge.label) - 8, height: LINE_H }],
  }));
  return { ...root, edges };
}

/** Lays the graph out and flattens ELK's answer into absolute boxes and polylines. */
export async function layoutChart(graph: ChartGraph, engine: LayoutEngine): Promise<ChartLayout> {
  const laid = await engine.layout(toElkGraph(graph));
  const meta = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes: PositionedNode[] = [];
  const walk = (elk: ElkNode, depth: number) => {
    for (const child of elk.children ?? []) {
      const node = meta.get(child.id);
      if (node) {
        nodes.push({
          id: node.id,
          label: node.label,
          compound: node.compound,
          initial: node.initial,
          final: node.final,
          depth,
          x: child.x ?? 0,
          y: child.y ?? 0,
          w: child.width ?? 0,
          h: child.height ?? 0,
        });
      }
      walk(child, depth + 1);
    }
  };
  walk(laid, 0);
  const labelOf = new Map(graph.edges.map((e) => [e.id, e]));
  const edges: PositionedEdge[] = (laid.edges ?? []).flatMap((elk) => {
    const edge = labelOf.get(elk.id);
    if (!edge) return [];
    const points = (elk.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
    const label = elk.labels?.[0];
    return [
      {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        points: points.map(({ x, y }) => ({ x, y })),
        label: edge.label,
        labelBox:
          label?.x === undefined || label.y === undefined
            ? undefined
            : { x: label.x, y: label.y, w: label.width ?? 0, h: label.height ?? 0 },
      },
    ];
  });
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges };
}
