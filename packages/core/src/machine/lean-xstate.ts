import {
  assign,
  cancel,
  createMachine,
  emit,
  raise,
  type enqueueActions as xstateEnqueueActions,
  type fromPromise as xstateFromPromise,
  type setup as xstateSetup,
} from 'xstate';

/*
 * Three XState helpers as the machines use them, without the rest of XState's action creators
 * (sendTo, sendParent, log, spawnChild, stopChild), which XState's own versions keep in an app's
 * bundle (about 0.75 KB gzip), nor its actor-logic module (fromPromise alone, about 0.1 KB more).
 * Their types are XState's, so they claim more than they hold: the machines call only what is
 * here. XState is pinned (package.json), as the second and third need (they use its internals).
 */

/** XState's `setup`: its types, and `.createMachine` with the implementations, as XState's builds it. */
export const setup = ((implementations: Parameters<typeof createMachine>[1]) => ({
  createMachine: (config: Parameters<typeof createMachine>[0]) => createMachine(config, implementations),
})) as unknown as typeof xstateSetup;

type Args = { context: unknown; event: unknown };
type Make = (...args: unknown[]) => unknown;
type Collect = (
  args: Args & { enqueue: Record<string, Make>; self: unknown; system: unknown },
  params: unknown,
) => void;
const creators = { assign, cancel, emit, raise } as unknown as Record<
  'assign' | 'cancel' | 'emit' | 'raise',
  Make
>;

/**
 * XState's `enqueueActions` with `enqueue.assign`, `.emit`, `.raise` and `.cancel`: an action
 * whose `resolve` (XState's protocol for its built-in actions, as its own enqueueActions has it)
 * collects the actions to run in its place.
 */
export const enqueueActions = ((collect: Collect) =>
  Object.assign(() => {}, {
    type: 'xstate.enqueueActions',
    collect,
    resolve(
      scope: { self: unknown; system: unknown },
      snapshot: unknown,
      args: Args,
      params: unknown,
      { collect: run }: { collect: Collect },
    ) {
      const actions: unknown[] = [];
      const queue =
        (make: Make) =>
        (...a: unknown[]) =>
          actions.push(make(...a));
      const enqueue = {
        assign: queue(creators.assign),
        cancel: queue(creators.cancel),
        emit: queue(creators.emit),
        raise: queue(creators.raise),
      };
      run(
        { context: args.context, event: args.event, enqueue, self: scope.self, system: scope.system },
        params,
      );
      return [snapshot, undefined, actions];
    },
  })) as unknown as typeof xstateEnqueueActions;

type PromiseState = { readonly status: string; readonly input?: unknown };
type Scope = {
  self: { getSnapshot(): { status: string } };
  system: { _relay(source: unknown, target: unknown, event: { type: string; data: unknown }): void };
  emit: unknown;
};
const RESOLVE = 'xstate.promise.resolve';
const REJECT = 'xstate.promise.reject';
/** The runtime's `AbortController`, as far as used here (core builds without the DOM lib). */
interface Aborter {
  readonly signal: unknown;
  abort(): void;
}
const newAborter = (): Aborter =>
  new (globalThis as unknown as { AbortController: new () => Aborter }).AbortController();
/** Each running promise actor's abort controller, aborted when the actor is stopped. */
const controllers = new WeakMap<object, Aborter>();

/**
 * XState's `fromPromise` (its promise-actor logic, as its own builds it: done, error or stopped,
 * with the abort signal), without the rest of XState's actor-logic module.
 */
export const fromPromise = ((create: (args: Record<string, unknown>) => unknown) => ({
  config: create,
  transition(state: PromiseState, event: { type: string; data?: unknown }, scope: Scope) {
    if (state.status !== 'active') return state;
    if (event.type === RESOLVE) return { ...state, status: 'done', output: event.data, input: undefined };
    if (event.type === REJECT) return { ...state, status: 'error', error: event.data, input: undefined };
    if (event.type !== 'xstate.stop') return state;
    controllers.get(scope.self)?.abort();
    controllers.delete(scope.self);
    return { ...state, status: 'stopped', input: undefined };
  },
  start(state: PromiseState, { self, system, emit }: Scope) {
    if (state.status !== 'active') return;
    const controller = newAborter();
    controllers.set(self, controller);
    const relay = (type: string) => (data: unknown) => {
      if (self.getSnapshot().status !== 'active') return;
      controllers.delete(self);
      system._relay(self, self, { type, data });
    };
    Promise.resolve(create({ input: state.input, system, self, signal: controller.signal, emit })).then(
      relay(RESOLVE),
      relay(REJECT),
    );
  },
  getInitialSnapshot: (_: unknown, input: unknown) => ({
    status: 'active',
    output: undefined,
    error: undefined,
    input,
  }),
  getPersistedSnapshot: (snapshot: unknown) => snapshot,
  restoreSnapshot: (snapshot: unknown) => snapshot,
})) as unknown as typeof xstateFromPromise;
