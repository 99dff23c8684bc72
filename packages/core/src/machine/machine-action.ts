import type { ActionArgs, ActionFunction, EventObject, MachineContext, NonReducibleUnknown } from 'xstate';

/** XState's markers (optional, type-only) of what an action may do by name: nothing; it emits `TEmitted`. */
type ActionMarkers<
  TContext extends MachineContext,
  TEvent extends EventObject,
  TEmitted extends EventObject,
> = Omit<ActionFunction<TContext, TEvent, TEvent, never, never, never, never, never, TEmitted>, never>;

/**
 * An action of a machine, as its `setup` takes one. A machine's action tables (the named files
 * beside it) are checked against it with `satisfies`, which types their implementations as `setup`
 * would and leaves each one's own type (its params) for `setup` to infer. A method's parameters are
 * compared both ways, so an action that takes params fits too.
 */
export type MachineAction<
  TContext extends MachineContext,
  TEvent extends EventObject,
  TEmitted extends EventObject,
> = {
  action(args: ActionArgs<TContext, TEvent, TEvent>, params: NonReducibleUnknown): void;
}['action'] &
  ActionMarkers<TContext, TEvent, TEmitted>;
