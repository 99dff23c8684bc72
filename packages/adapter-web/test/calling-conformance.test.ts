import { callingScenarios } from '@trtc-smart/testkit';
import { describe, it } from 'vitest';
import { webAdapterHarness } from './web-adapter-harness.js';

describe(`calling conformance: ${webAdapterHarness.name}`, () => {
  for (const scenario of callingScenarios) {
    it(scenario.name, () => scenario.run(webAdapterHarness));
  }
});
