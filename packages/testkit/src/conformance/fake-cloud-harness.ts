import type { Rect } from '@trtc-smart/core';
import { createFakeCloud, type FakeAdapter } from '../create-fake-cloud.js';
import type { World, WorldOptions } from './harness.js';

/** The testkit's own adapter under the conformance scenarios: the reference every adapter matches. */
/** Its adapters serve both the calling and the live-room scenarios. */
export const fakeCloudHarness: {
  readonly name: string;
  /** A world on a new fake cloud. */
  world(options?: WorldOptions): World<FakeAdapter, Rect>;
} = {
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
