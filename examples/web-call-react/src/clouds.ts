import type { CallingAdapter, Rect } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';

/** One user of this page: the adapter, how they log in, and the view their tiles hand the adapter. */
export interface User {
  readonly userId: string;
  readonly adapter: CallingAdapter<unknown>;
  readonly login: { readonly sdkAppId: number; readonly userId: string; readonly userSig: string };
  /** The fake cloud takes native-style rects; the web adapter takes the element (undefined). */
  readonly view?: (element: HTMLDivElement) => Rect;
}

const rectOf = (element: HTMLDivElement): Rect => {
  const r = element.getBoundingClientRect();
  return { x: Math.max(0, r.x), y: Math.max(0, r.y), w: r.width, h: r.height };
};

/**
 * Simulated users on the in-memory fake cloud, whose virtual clock follows real time
 * (times `speed`): every call, ring and timeout runs as it would, and nothing leaves the page.
 */
export function fakeUsers(names: readonly string[], speed: number): User[] {
  const cloud = createFakeCloud({ seed: 1, latencyMs: 40 });
  let busy = false;
  setInterval(() => {
    if (busy) return;
    busy = true;
    void cloud.advance(50 * speed).finally(() => {
      busy = false;
    });
  }, 50);
  return names.map((userId) => ({
    userId,
    adapter: cloud.adapter(userId),
    login: { sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' },
    view: rectOf,
  }));
}

/** This browser's user on the real cloud, through the web adapter (the Tencent SDKs load on demand). */
export async function realUser(sdkAppId: number, userId: string, userSig: string): Promise<User> {
  const [{ createWebCallingAdapter }, { default: TRTC }, { default: TencentCloudChat }] = await Promise.all([
    import('@trtc-smart/adapter-web'),
    import('trtc-sdk-v5'),
    import('@tencentcloud/chat'),
  ]);
  const adapter = createWebCallingAdapter({ sdkAppId, TRTC, TencentCloudChat });
  return { userId, adapter: adapter as CallingAdapter<unknown>, login: { sdkAppId, userId, userSig } };
}
