import {
  assign,
  cancel,
  createMachine,
  emit,
  raise,
  type enqueueActions as xstateEnqueueActions,
  type setup as xstateSetup,
} from 'xstate';

/*
 * Two XState helpers as the machines use them, without the rest of XState's action creators
 * (sendTo, sendParent, log, spawnChild, stopChild), which XState's own versions keep in an app's
 * bundle (about 0.75 KB gzip). Their types are XState's, so they claim more than they hold: the
 * machines call only what is here. XState is pinned (package.json), as the second one needs.
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
