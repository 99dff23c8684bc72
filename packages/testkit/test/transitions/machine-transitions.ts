/** The parts of XState's state nodes and transitions read here (the testkit does not depend on xstate). */
interface StateNode {
  readonly id: string;
  readonly path: readonly string[];
  readonly states: Readonly<Record<string, StateNode>>;
  readonly transitions: ReadonlyMap<string, readonly Transition[]>;
  readonly always?: readonly Transition[] | undefined;
}

interface Transition {
  readonly source: StateNode;
  readonly target?: readonly StateNode[] | undefined;
  readonly eventType: string;
  readonly guard?: unknown;
}

interface InspectionEvent {
  readonly type: string;
  readonly actorRef?: unknown;
  readonly _transitions?: readonly Transition[];
}

/** An actor whose system reports its microsteps (XState's inspection API). */
interface InspectableActor {
  readonly system: { inspect(observer: (event: InspectionEvent) => void): { unsubscribe(): void } };
}

/**
 * Every transition a machine defines: each branch of each event (guarded or not, with a target or
 * actions only), each `after` deadline, each invoked actor's done and error, each `always` branch.
 * A transition is named by its state, event, branch and target, so the name is the same in every
 * instance of the machine (createCalling builds one machine per instance).
 */
export function transitionsOf(machine: { readonly root: StateNode }): string[] {
  const names: string[] = [];
  const visit = (node: StateNode) => {
    for (const list of node.transitions.values()) names.push(...list.map(transitionName));
    names.push(...(node.always ?? []).map(transitionName));
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return names;
}

/** Adds the name of every transition the actor takes to `taken`, until unsubscribed. */
export function recordTransitions(actor: InspectableActor, taken: Set<string>): { unsubscribe(): void } {
  return actor.system.inspect((event) => {
    if (event.type !== '@xstate.microstep' || event.actorRef !== actor) return;
    for (const t of event._transitions ?? []) taken.add(transitionName(t));
  });
}

function transitionName(t: Transition): string {
  const source = t.source;
  const siblings = t.eventType === '' ? (source.always ?? []) : (source.transitions.get(t.eventType) ?? []);
  const branch = siblings.length > 1 ? ` #${siblings.indexOf(t) + 1}` : '';
  const target = t.target?.length ? t.target.map(statePath).join(',') : '(stays)';
  return `${statePath(source)}: ${eventName(t.eventType, source)}${branch}${guardName(t.guard)} -> ${target}`;
}

const statePath = (node: StateNode): string => (node.path.length ? node.path.join('.') : '(any state)');

/** XState's internal event types, as the diagrams label them. */
function eventName(type: string, source: StateNode): string {
  if (type === '') return 'always';
  if (type.startsWith('xstate.after.'))
    return `after ${type.slice('xstate.after.'.length, -source.id.length - 1)}`;
  if (type.startsWith('xstate.done.actor.')) return 'done';
  if (type.startsWith('xstate.error.actor.')) return 'error';
  return type;
}

/** A named guard, or the shape of a combined one (`and(fromPkTarget, accepts)`, `stateIn(…live)`). */
function guardName(guard: unknown): string {
  if (guard === undefined) return '';
  return ` [${describeGuard(guard)}]`;
}

function describeGuard(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) return String(guard.type);
  if (typeof guard !== 'function') return 'guard';
  const combined = guard as { guards?: unknown[]; stateValue?: unknown };
  if (combined.guards) return `${guard.name}(${combined.guards.map(describeGuard).join(', ')})`;
  if (combined.stateValue !== undefined)
    return `${guard.name}(${String(combined.stateValue).split('.').pop()})`;
  return guard.name || 'guard';
}
