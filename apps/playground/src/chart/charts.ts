import ELK from 'elkjs/lib/elk.bundled.js';
import type { AnyStateMachine } from 'xstate';
import { type ChartGraph, machineGraph } from './graph.js';
import { type ChartLayout, layoutChart } from './layout.js';

export interface Chart {
  readonly graph: ChartGraph;
  readonly layout: ChartLayout;
}

// The bundled build lays out on the main thread: no worker script URL to serve.
const elk = new ELK();
const byKind = new Map<string, Promise<Chart>>();

/** Every user of one kind runs the same machine definition, so each kind is laid out once. */
export function chartFor(kind: string, machine: AnyStateMachine): Promise<Chart> {
  let chart = byKind.get(kind);
  if (!chart) {
    const graph = machineGraph(machine);
    chart = layoutChart(graph, elk).then((layout) => ({ graph, layout }));
    byKind.set(kind, chart);
  }
  return chart;
}
