import { callingScenarios } from '@trtc-smart/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { capacitorHarness, takeViolations } from './capacitor-harness.js';

describe(`calling conformance: ${capacitorHarness.name}`, () => {
  afterEach(() => {
    expect(takeViolations()).toEqual([]);
  });
  for (const scenario of callingScenarios) {
    it(scenario.name, () => scenario.run(capacitorHarness), 60_000);
  }
});
