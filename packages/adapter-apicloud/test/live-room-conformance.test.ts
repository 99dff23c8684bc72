import { liveRoomScenarios } from '@trtc-smart/testkit';
import { describe, it } from 'vitest';
import { apicloudHarness } from './apicloud-harness.js';

describe(`live-room conformance: ${apicloudHarness.name}`, () => {
  for (const scenario of liveRoomScenarios) {
    it(scenario.name, () => scenario.run(apicloudHarness), 120_000);
  }
});
