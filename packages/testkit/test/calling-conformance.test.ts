import { describe, it } from 'vitest';
import { callingScenarios, fakeCloudHarness } from '../src/index.js';

describe(`calling conformance: ${fakeCloudHarness.name}`, () => {
  for (const scenario of callingScenarios) {
    it(scenario.name, () => scenario.run(fakeCloudHarness));
  }
});
