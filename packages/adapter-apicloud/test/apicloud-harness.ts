import type { Rect } from '@trtc-smart/core';
import {
  type CallingWorld,
  createFakeCloud,
  createFakeNativeModule,
  deriveSeed,
  type FakeCloud,
  type FakeNativeModule,
  type LiveRoomWorld,
  SeededRandom,
  type WorldOptions,
} from '@trtc-smart/testkit';
import { type ApicloudAdapter, createApicloudAdapter } from '../src/index.js';

/** A world whose users run createApicloudAdapter on fake native modules over one fake cloud. */
export interface ApicloudWorld extends CallingWorld<Rect>, LiveRoomWorld<Rect> {
  readonly cloud: FakeCloud;
  adapter(userId: string): ApicloudAdapter;
  /** Each user's native module (the latest one made for that user id), to read its call log. */
  readonly natives: Map<string, FakeNativeModule>;
}

/** The calling and live-room conformance scenarios' APICloud harness: the app's adapter on a fake native module per user. */
export const apicloudHarness = {
  name: 'adapter-apicloud on the fake native module',
  world(options: WorldOptions = {}): ApicloudWorld {
    const cloud = createFakeCloud(options);
    const natives = new Map<string, FakeNativeModule>();
    return {
      cloud,
      natives,
      sdkAppId: cloud.options.sdkAppId,
      adapter: (userId) => {
        const native = createFakeNativeModule(cloud, userId);
        natives.set(userId, native);
        return createApicloudAdapter({
          module: native.module as never,
          clock: native.device.clock,
          random: new SeededRandom(deriveSeed(cloud.options.seed, `apicloud:${native.device.deviceId}`)),
        });
      },
      userSig: async (userId) => `dev-sig-${userId}`,
      view: () => ({ x: 0, y: 0, w: 320, h: 240 }),
    };
  },
};

/** A user's native module in this world, to script its failures or read its call log. */
export function nativeOf(world: ApicloudWorld, userId: string): FakeNativeModule {
  const found = world.natives.get(userId);
  if (!found) throw new Error(`no native module for ${userId}`);
  return found;
}

/** The error a promise rejects with; a test fails if it resolves. */
export async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: number; message: string; cause?: unknown };
  }
  throw new Error('expected a rejection');
}
