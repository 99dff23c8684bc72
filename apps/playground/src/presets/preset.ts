import type { Simulation } from '../sim/simulation.js';

export interface PresetStep {
  readonly label: string;
  /** Starts the step's SDK calls; the player does not wait for their answers, only for `waitMs`. */
  run(sim: Simulation): void;
  /** Virtual ms to let pass before the next step. Default 1500. */
  readonly waitMs?: number;
}

/** A seed flow that plays itself on a fresh stage. */
export interface Preset {
  readonly id: string;
  readonly name: string;
  /** The users the stage starts with, and their kind. */
  readonly users: readonly { readonly id: string; readonly kind: string }[];
  readonly steps: readonly PresetStep[];
}

export const DEFAULT_WAIT_MS = 1500;

/** Shorthand for a step that calls one SDK method on one user. */
export const invoke = (
  label: string,
  user: string,
  method: string,
  params: Parameters<Simulation['invoke']>[2] = null,
  waitMs?: number,
): PresetStep => ({
  label,
  run: (sim) => void sim.invoke(user, method, params),
  ...(waitMs === undefined ? {} : { waitMs }),
});

/** Everyone on the stage logs in. */
export const loginAll: PresetStep = {
  label: 'everyone logs in',
  run: (sim) => {
    for (const party of sim.parties()) {
      const login = party.controls().find((c) => c.method === 'login');
      if (login?.enabled) void sim.invoke(party.id, 'login', login.params?.([]) ?? null);
    }
  },
  waitMs: 500,
};
