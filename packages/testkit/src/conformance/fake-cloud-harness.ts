import type { Rect } from '@trtc-smart/core';
import { createFakeCloud } from '../create-fake-cloud.js';
import type { CallingHarness } from './harness.js';

/** The testkit's own adapter under the conformance scenarios: the reference every adapter matches. */
export const fakeCloudHarness: CallingHarness<Rect> = {
  name: 'fake cloud',
  world(options = {}) {
    const cloud = createFakeCloud(options);
    return {
      cloud,
      sdkAppId: cloud.options.sdkAppId,
      adapter: (userId) => cloud.adapter(userId),
      userSig: async (userId) => `dev-sig-${userId}`,
      view: () => ({ x: 0, y: 0, w: 320, h: 240 }),
    };
  },
};
