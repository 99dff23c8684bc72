import type { AnyActorRef, AnyStateMachine, AnyStateNode, AnyTransitionDefinition, Subscription } from 'xstate';

/**
 * Every transition a machine defines: each branch of each event (guarded or not, with a target or
 * actions only), each `after` deadline, each invoked actor's done and error, each `always` branch.
 * A transition is named by its state, event, branch index and target, so the name is the same in
 * every instance of the machine (createCalling builds one machine per instance).
 */
export function transitionsOf(machine: AnyStateMachine): string[] {
  const names: string[] = [];
  const visit = (node: AnyStateNode) => {
    for (const list of node.transitions.values()) names.push(...list.map(transitionName));
    names.push(...(node.always ?? []).map(transitionName));
    for (const child of Object.values(node.states) as AnyStateNode[]) visit(child);
  };
  visit(machine.root);
  return names;
}

/** Adds the name of every transition the actor takes to `taken`, until unsubscribed. */
export function recordTransitions(actor: AnyActorRef, taken: Set<string>): Subscription {
  return actor.system.inspect((event) => {
    if (event.type !== '@xstate.microstep' || event.actorRef !== actor) return;
    for (const t of event._transitions) taken.add(transitionName(t));
  });
}

function transitionName(t: AnyTransitionDefinition): string {
  const source = t.source as AnyStateNode;
  const siblings = t.eventType === '' ? (source.always ?? []) : (source.transitions.get(t.eventType) ?? []);
  const branch = siblings.length > 1 ? ` #${siblings.indexOf(t) + 1}${guardName(t.guard)}` : guardName(t.guard);
  const target = t.target?.length ? t.target.map((n: AnyStateNode) => statePath(n)).join(',') : '(stays)';
  return `${statePath(source)}: ${eventName(t.eventType, source)}${branch} -> ${target}`;
}

const statePath = (node: AnyStateNode): string => (node.path.length ? node.path.join('.') : '(any state)');

function eventName(type: string, source: AnyStateNode): string {
  if (type === '') return 'always';
  if (type.startsWith('xstate.after.')) return `after ${type.slice(13, -source.id.length - 1)}`;
  if (type.startsWith('xstate.done.actor.')) return 'done';
  if (type.startsWith('xstate.error.actor.')) return 'error';
  return type;
}

function guardName(guard: unknown): string {
  if (guard === undefined) return '';
  if (typeof guard === 'string') return ` [${guard}]`;
  const type = (guard as { type?: unknown }).type;
  return typeof type === 'string' ? ` [${type}]` : ' [guarded]';
}
