import type { LiveRoomHarness, Scenario } from './harness.js';
import { liveApiScenarios } from './live-scenarios-api.js';
import { liveFlowScenarios } from './live-scenarios-flows.js';
import { liveRoomLifeScenarios } from './live-scenarios-room-life.js';

/**
 * Multi-party live-room scenarios every adapter must pass, in virtual time: the seed's 9-step
 * link-mic and 6-step PK flows, refusals, timeouts, kick-out, room status, messages at scale,
 * room destruction, network loss, role rules and bad input.
 */
export const liveRoomScenarios: readonly Scenario<LiveRoomHarness>[] = [
  ...liveFlowScenarios,
  ...liveRoomLifeScenarios,
  ...liveApiScenarios,
];
