import type { LoginParams } from '@trtc-smart/core';
import { type DeepReadonly, onScopeDispose, readonly, type ShallowRef, shallowRef } from 'vue';

/** What useCalling and useLiveRoom add to the core options. */
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

/** Creates the instance now, logs it in once, and destroys it when the current scope is disposed. */
export function ownInstance<O extends InstanceHooks, I extends Instance>(
  options: O,
  create: (options: Omit<O, keyof InstanceHooks>) => I,
): I {
  const { login, onError, ...rest } = options;
  const instance = create(rest);
  if (login !== undefined)
    instance.login(login).catch((error: unknown) => {
      // A login cut short by destroy (the scope went away) is no failure to report.
      if (instance.getSnapshot().status !== 'destroyed') (onError ?? console.error)(error);
    });
  onScopeDispose(() => void instance.destroy().catch(() => {}));
  return instance;
}

/** What useStateOf reads: a Calling or a LiveRoom. */
export interface StateSource<S> {
  readonly state$: { subscribe(observer: { next: (state: S) => void }): { unsubscribe(): void } };
  getSnapshot(): S;
}

/** The source's state (picked by `select`) as a readonly ref, unsubscribed on scope dispose. */
export function useStateOf<S, T>(
  source: StateSource<S>,
  select: (state: S) => T,
  isEqual: (a: T, b: T) => boolean,
): Readonly<ShallowRef<DeepReadonly<T>>> {
  const value = shallowRef(select(source.getSnapshot()));
  const subscription = source.state$.subscribe({
    next: (state) => {
      const picked = select(state);
      if (!isEqual(value.value, picked)) value.value = picked;
    },
  });
  onScopeDispose(() => subscription.unsubscribe());
  return readonly(value) as Readonly<ShallowRef<DeepReadonly<T>>>;
}

/** What useEventOf reads: a Calling's or a LiveRoom's events$. */
export interface EventSource<E> {
  readonly events$: { subscribe(observer: { next: (event: E) => void }): { unsubscribe(): void } };
}

/** Calls `handler` with each event of `type` until the scope is disposed. */
export function useEventOf<E extends { readonly eventType: string }, T extends E['eventType']>(
  source: EventSource<E>,
  type: T,
  handler: (event: Extract<E, { readonly eventType: T }>) => void,
): void {
  const subscription = source.events$.subscribe({
    next: (event) => {
      if (event.eventType === type) handler(event as Extract<E, { readonly eventType: T }>);
    },
  });
  onScopeDispose(() => subscription.unsubscribe());
}
