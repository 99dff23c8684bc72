import { callingScenarios } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { apicloudHarness } from './apicloud-harness.js';

/**
 * Scenarios whose assertions the seed's native API cannot express; native-limits.test.ts checks
 * the closest faithful behaviour instead (README, "What the native module cannot express").
 */
export const NOT_EXPRESSIBLE: Readonly<Record<string, string>> = {
  'the invite timeout is configurable':
    "native call() takes no timeout: the callee's plugin rings for its own timeout",
};

describe(`calling conformance: ${apicloudHarness.name}`, () => {
  for (const scenario of callingScenarios) {
    if (Object.hasOwn(NOT_EXPRESSIBLE, scenario.name)) continue;
    it(scenario.name, () => scenario.run(apicloudHarness), 60_000);
  }

  it('every scenario left out is one the suite has (a renamed scenario is run again)', () => {
    const names = callingScenarios.map((s) => s.name);
    expect(Object.keys(NOT_EXPRESSIBLE).filter((name) => !names.includes(name))).toEqual([]);
  });
});
