import { liveRoomScenarios } from '@trtc-smart/testkit';
import { describe, it } from 'vitest';
import { apicloudHarness } from './apicloud-harness.js';

// Every simulated member is a native module with its own engines, so the 10,000-member scenario
// needs more than the default time (about 35 s here).
describe(`live-room conformance: ${apicloudHarness.name}`, () => {
  for (const scenario of liveRoomScenarios) {
    it(scenario.name, () => scenario.run(apicloudHarness), 180_000);
  }
});
