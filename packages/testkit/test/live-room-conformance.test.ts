import { describe, it } from 'vitest';
import { fakeCloudHarness, liveRoomScenarios } from '../src/index.js';

describe(`live-room conformance: ${fakeCloudHarness.name}`, () => {
  for (const scenario of liveRoomScenarios) {
    it(scenario.name, () => scenario.run(fakeCloudHarness), 60_000);
  }
});
