import { createMachine, type setup as xstateSetup } from 'xstate';

/**
 * XState's `setup` as the machines use it: its types, and `.createMachine` with the
 * implementations, as XState's does it. XState's own also returns every action creator (sendTo,
 * log, spawnChild, ...), which keeps them all in an app's bundle; this one returns only
 * `.createMachine` (the only member the machines call), so its type claims more than it holds.
 */
export const setup = ((implementations: Parameters<typeof createMachine>[1]) => ({
  createMachine: (config: Parameters<typeof createMachine>[0]) => createMachine(config, implementations),
})) as unknown as typeof xstateSetup;
