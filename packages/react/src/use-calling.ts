import {
  type Calling,
  type CallingEvent,
  type CallingEventOf,
  type CallingEventType,
  type CallingOptions,
  type CallingState,
  createCalling,
} from '@trtc-smart/core';
import { useEventOf } from './use-event.js';
import { type InstanceHooks, useInstance } from './use-instance.js';
import { type Equality, identity, type Selector, useStore } from './use-store.js';

export interface UseCallingOptions<View> extends CallingOptions<View>, InstanceHooks {}

/**
 * A createCalling instance owned by the component: created on mount (and logged in when `login` is
 * given), destroyed on unmount or when `adapter` changes. The other options are read at creation.
 * Null on the first render, before the effect that creates it.
 */
export function useCalling<View>(options: UseCallingOptions<View>): Calling<View> | null {
  return useInstance(options, createCalling);
}

/** The call state, re-rendering on change; with a selector, only when the selection changes. */
export function useCallState<V>(calling: Calling<V>): CallingState;
export function useCallState<V>(calling: Calling<V> | null): CallingState | undefined;
export function useCallState<V, T>(
  calling: Calling<V>,
  selector: Selector<CallingState, T>,
  isEqual?: Equality<T>,
): T;
export function useCallState<V, T>(
  calling: Calling<V> | null,
  selector: Selector<CallingState, T>,
  isEqual?: Equality<T>,
): T | undefined;
export function useCallState<V, T>(
  calling: Calling<V> | null,
  selector: Selector<CallingState, T> = identity as Selector<CallingState, T>,
  isEqual: Equality<T> = Object.is,
): T | undefined {
  return useStore(calling, selector, isEqual);
}

/** Calls `handler` with each `type` event (typed by its name) while mounted. */
export function useCallEvent<V, T extends CallingEventType>(
  calling: Calling<V> | null,
  type: T,
  handler: (event: CallingEventOf<T>) => void,
): void {
  useEventOf<CallingEvent, T>(calling, type, handler);
}
