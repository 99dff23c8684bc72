import type { LoginParams, SessionEvent, SessionPort } from '@trtc-smart/core';
import type { EventHub } from '@trtc-smart/core/adapter-kit';
import type { NativeInvoke } from '../native-call.js';

export interface SessionContext {
  /** The native objects the app logs in to, in order (calling, then liveRoom when the plugin has it). */
  readonly natives: readonly NativeInvoke[];
  readonly session$: EventHub<SessionEvent>;
  self(): string | undefined;
  setSelf(userId: string | undefined): void;
}

/**
 * The session over the native module: each native object is `init`ed once, then `login` /
 * `logout` go to every one of them, since the plugin's calling and liveRoom each keep a login.
 * createCalling and createLiveRoom on one adapter share it: logging in as the user already
 * logged in resolves without asking the native objects again (they refuse a second login).
 */
export function createSessionPort(context: SessionContext): SessionPort {
  const initialised = new WeakSet<NativeInvoke>();
  const init = async (invoke: NativeInvoke) => {
    if (initialised.has(invoke)) return;
    await invoke('init');
    initialised.add(invoke);
  };
  return {
    events$: context.session$.asObservable(),
    async login(params: LoginParams) {
      const { sdkAppId, userId, userSig } = params;
      if (context.self() === userId) return;
      for (const invoke of context.natives) {
        await init(invoke);
        await invoke('login', { sdkAppId, userId, userSig });
      }
      context.setSelf(userId);
    },
    async logout() {
      context.setSelf(undefined);
      for (const invoke of context.natives) await invoke('logout');
    },
  };
}
