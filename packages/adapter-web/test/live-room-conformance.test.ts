import { liveRoomScenarios } from '@trtc-smart/testkit';
import { describe, it } from 'vitest';
import { webLiveRoomHarness } from './web-adapter-harness.js';

describe(`live-room conformance: ${webLiveRoomHarness.name}`, () => {
  for (const scenario of liveRoomScenarios) {
    it(scenario.name, () => scenario.run(webLiveRoomHarness), 120_000);
  }
});
