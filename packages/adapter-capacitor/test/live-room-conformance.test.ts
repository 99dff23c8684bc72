import { liveRoomScenarios } from '@trtc-smart/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { capacitorHarness, takeViolations } from './capacitor-harness.js';

describe(`live-room conformance: ${capacitorHarness.name}`, () => {
  afterEach(() => {
    expect(takeViolations()).toEqual([]);
  });
  for (const scenario of liveRoomScenarios) {
    it(scenario.name, () => scenario.run(capacitorHarness), 60_000);
  }
});
