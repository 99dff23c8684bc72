import type { CallingAdapter, LiveRoomAdapter } from '@trtc-smart/core';
import type { FakeAdapter, FakeCloud, JsonValue } from '../../src/index.js';

/** Our users' adapter on a fake-cloud device: the device itself, or an adapter over SDK doubles riding it. */
export type AdapterFactory = (
  device: FakeAdapter,
  cloud: FakeCloud,
) => CallingAdapter<unknown> & LiveRoomAdapter<unknown>;

/** What a world's users run on. */
export interface WorldAdapters {
  readonly adapter: AdapterFactory;
  /** A view the adapter takes (the methods' `view` params). */
  readonly view: JsonValue;
  /**
   * Whether the device's media controls are the SDK's (the fake cloud's own adapter): only then
   * are the media methods drawn and media-checks.ts applied (SDK doubles keep their own).
   */
  readonly media: boolean;
}

/** The default: every user on the fake cloud's own adapter. */
export const fakeCloudAdapters: WorldAdapters = {
  adapter: (device) => device,
  view: { x: 0, y: 0, w: 320, h: 240 },
  media: true,
};
