import type { LoginParams } from '@trtc-smart/core';
import { useOwned } from './use-owned.js';

/** What useCalling and useLiveRoom share: how they log in, and the options they add. */
export interface InstanceHooks {
  /** Logged in once, right after the instance is created. */
  readonly login?: LoginParams;
  /** A failed login (the state says loggedOut again); default: console.error. */
  readonly onError?: (error: unknown) => void;
}

interface Instance {
  login(params: LoginParams): Promise<void>;
  destroy(): Promise<void>;
  getSnapshot(): { readonly status: string };
}

/** An instance created per `adapter` (see useOwned), logged in once, destroyed when let go. */
export function useInstance<A, O extends InstanceHooks & { readonly adapter: A }, I extends Instance>(
  options: O,
  create: (options: Omit<O, keyof InstanceHooks>) => I,
): I | null {
  return useOwned(
    options.adapter,
    (adapter) => {
      const { login, onError, ...rest } = options;
      const instance = create({ ...rest, adapter });
      if (login === undefined) return instance;
      instance.login(login).catch((error: unknown) => {
        // A login cut short by destroy (unmount) is no failure to report.
        if (instance.getSnapshot().status !== 'destroyed') (onError ?? console.error)(error);
      });
      return instance;
    },
    (instance) => void instance.destroy().catch(() => {}),
  );
}
