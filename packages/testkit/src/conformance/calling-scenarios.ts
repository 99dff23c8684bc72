import { callFlowScenarios } from './calling-scenarios-flows.js';
import { callRobustnessScenarios } from './calling-scenarios-robustness.js';
import { callSessionScenarios } from './calling-scenarios-session.js';
import type { CallingHarness, Scenario } from './harness.js';

/**
 * Multi-party call scenarios every adapter must pass, in virtual time. Each scenario builds its
 * own world from the harness, so adapters are held to one contract.
 */
export const callingScenarios: readonly Scenario<CallingHarness>[] = [
  ...callFlowScenarios,
  ...callSessionScenarios,
  ...callRobustnessScenarios,
];
