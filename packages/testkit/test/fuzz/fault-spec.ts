import type { FakeCloud } from '../../src/index.js';
import type { CommandInput, Step } from './world.js';

export interface FaultContext {
  readonly cloud: FakeCloud;
  /** The step's actor: the user the fault hits. */
  readonly self: string;
  /** The actor's device (its label): what device-level faults (sleep, skew, removal) hit. */
  readonly device: string;
  readonly other: string;
  readonly step: Step;
}

/**
 * A fault the generators may inject: how often it is drawn, and what it does to the fake cloud.
 * `apply` does it and returns it as a command for the saved run. The world heals every fault
 * before its end checks (heal-all.ts), so a fault that persists needs an undo there too.
 * A new fault of the fake cloud is one entry in faults.ts or media-faults.ts (and its undo in heal-all.ts).
 */
export interface FaultSpec {
  readonly weight: number;
  readonly apply: (f: FaultContext) => CommandInput;
}
