import { liveRoomScenarios } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { apicloudHarness } from './apicloud-harness.js';

/**
 * Scenarios run elsewhere; live-room-scale.test.ts runs the same checks at a size a test run
 * affords (README, "Live rooms").
 */
export const RUN_ELSEWHERE: Readonly<Record<string, string>> = {
  'room messages with 10,000 audience members: each arrives exactly once, in order per sender':
    'passes through the native API, but each simulated member is a native module with its own calling and live-room engines: 10,000 of them took 370 s',
};

describe(`live-room conformance: ${apicloudHarness.name}`, () => {
  for (const scenario of liveRoomScenarios) {
    if (Object.hasOwn(RUN_ELSEWHERE, scenario.name)) continue;
    it(scenario.name, () => scenario.run(apicloudHarness), 60_000);
  }

  it('every scenario left out is one the suite has (a renamed scenario is run again)', () => {
    const names = liveRoomScenarios.map((s) => s.name);
    expect(Object.keys(RUN_ELSEWHERE).filter((name) => !names.includes(name))).toEqual([]);
  });
});
