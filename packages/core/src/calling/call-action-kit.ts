import type { CallingEvent } from '../domain/calling-events.js';
import type { EffectTarget } from '../machine/effects.js';
import type { MachineAction } from '../machine/machine-action.js';
import type { CallingContext } from './call-context.js';
import type { CallEmitted, CallMachineEvent } from './machine-events.js';

/*
 * What the call machine's guard and action tables (call-guards.ts, call-actions.ts,
 * call-party-actions.ts) share: its events by type, what it emits, and effects.
 */

/** A machine event of one type. */
export type Ev<T extends CallMachineEvent['type']> = Extract<CallMachineEvent, { type: T }>;

export const calling = (event: CallingEvent): CallEmitted => ({ type: 'calling', event });

/** Fire-and-forget work whose failure is reported (onError) but never blocks the state change. */
export const effect = (context: CallingContext, self: EffectTarget, run: () => Promise<unknown>): void =>
  context.deps.effects.run(self, run);

/** An action of the call machine, as its `setup` takes one (see MachineAction). */
export type CallAction = MachineAction<CallingContext, CallMachineEvent, CallEmitted>;
