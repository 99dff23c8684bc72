import { useCallback, useRef, useSyncExternalStore } from 'react';

/** What useStore reads: a Calling or a LiveRoom (state$ and getSnapshot). */
export interface StateSource<S> {
  readonly state$: {
    subscribe(observer: { next: (state: S) => void }): { unsubscribe(): void };
  };
  getSnapshot(): S;
}

/** Picks what a component renders from a state (re-rendered only when it changes). */
export type Selector<S, T> = (state: S) => T;
/** Whether two selected values are the same (default `Object.is`). */
export type Equality<T> = (a: T, b: T) => boolean;

interface Selected<S, T> {
  readonly state: S;
  readonly selector: Selector<S, T>;
  readonly value: T;
}

/**
 * The source's state through useSyncExternalStore, picked by `selector`. A selection is cached per
 * state object, and an equal one (by `isEqual`) keeps its identity, so a selector may build objects.
 */
export function useStore<S, T>(
  source: StateSource<S> | null,
  selector: Selector<S, T>,
  isEqual: Equality<T>,
): T | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = source?.state$.subscribe({ next: onChange });
      return () => subscription?.unsubscribe();
    },
    [source],
  );
  const cache = useRef<Selected<S, T> | null>(null);
  const read = (): T | undefined => {
    if (source === null) return undefined;
    const state = source.getSnapshot();
    const last = cache.current;
    if (last && last.state === state && last.selector === selector) return last.value;
    const picked = selector(state);
    const value = last && isEqual(last.value, picked) ? last.value : picked;
    cache.current = { state, selector, value };
    return value;
  };
  return useSyncExternalStore(subscribe, read, read);
}

export const identity = <S>(state: S): S => state;
