import type { AnyActorRef, InspectionEvent } from 'xstate';
import { type ChartGraph, edgesTaken } from './graph.js';

/** Watches one actor's transitions: the chart edges of its last state-changing macrostep. */
export function watchTransitions(
  actor: AnyActorRef,
  graph: ChartGraph,
): { lastEdges(): ReadonlySet<string>; stop(): void } {
  let last = new Set<string>();
  let newMacrostep = false;
  const subscription = actor.system.inspect((event: InspectionEvent) => {
    if (event.actorRef !== actor) return;
    if (event.type === '@xstate.event') newMacrostep = true;
    if (event.type !== '@xstate.microstep') return;
    const taken = edgesTaken(graph, event._transitions as Parameters<typeof edgesTaken>[1]);
    if (taken.length === 0) return;
    if (newMacrostep) last = new Set();
    newMacrostep = false;
    for (const id of taken) last.add(id);
  });
  return { lastEdges: () => last, stop: () => subscription.unsubscribe() };
}
