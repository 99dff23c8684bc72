import {
  type Calling,
  type CallingEvent,
  type CallingOptions,
  type CallingState,
  createCalling,
} from '@trtc-smart/core';
import type { CallingWithMedia, MediaControls, MediaEvent, MediaMethods } from '@trtc-smart/core/media';
import { useEventOf } from './use-event.js';
import { type InstanceHooks, useInstance } from './use-instance.js';
import { type Equality, identity, type Selector, useStore } from './use-store.js';

export interface UseCallingOptions<View> extends CallingOptions<View>, InstanceHooks {}

/** A Calling, or a CallingWithMedia (made with `media: mediaControls`): what the call hooks and components take. */
export type AnyCalling<View = unknown> = Calling<View> | CallingWithMedia<View>;
/** The state of `C`: CallingState, with `media` for a CallingWithMedia. */
export type CallStateOf<C extends AnyCalling> = ReturnType<C['getSnapshot']>;
/** The events of `C`: CallingEvent, and MediaEvent for a CallingWithMedia. */
export type CallEventsOf<C extends AnyCalling> = C extends MediaMethods
  ? CallingEvent | MediaEvent
  : CallingEvent;

/**
 * A createCalling instance owned by the component: created on mount (and logged in when `login` is
 * given), destroyed on unmount or when `adapter` changes. The other options are read at creation.
 * Null on the first render, before the effect that creates it. With `media: mediaControls` (from
 * `@trtc-smart/core/media`) it is a CallingWithMedia, as createCalling's is.
 */
export function useCalling<View>(
  options: UseCallingOptions<View> & { readonly media: MediaControls },
): CallingWithMedia<View> | null;
export function useCalling<View>(options: UseCallingOptions<View>): Calling<View> | null;
export function useCalling<View>(options: UseCallingOptions<View>): AnyCalling<View> | null {
  return useInstance(options, createCalling);
}

/** The call state, re-rendering on change; with a selector, only when the selection changes. */
export function useCallState<C extends AnyCalling>(calling: C): CallStateOf<C>;
export function useCallState<C extends AnyCalling>(calling: C | null): CallStateOf<C> | undefined;
export function useCallState<C extends AnyCalling, T>(
  calling: C,
  selector: Selector<CallStateOf<C>, T>,
  isEqual?: Equality<T>,
): T;
export function useCallState<C extends AnyCalling, T>(
  calling: C | null,
  selector: Selector<CallStateOf<C>, T>,
  isEqual?: Equality<T>,
): T | undefined;
export function useCallState<T>(
  calling: AnyCalling | null,
  selector: Selector<CallingState, T> = identity as Selector<CallingState, T>,
  isEqual: Equality<T> = Object.is,
): T | undefined {
  return useStore<CallingState, T>(calling, selector, isEqual);
}

/** Calls `handler` with each `type` event (typed by its name, media events too) while mounted. */
export function useCallEvent<C extends AnyCalling, T extends CallEventsOf<C>['eventType']>(
  calling: C | null,
  type: T,
  handler: (event: Extract<CallEventsOf<C>, { readonly eventType: T }>) => void,
): void;
export function useCallEvent<T extends (CallingEvent | MediaEvent)['eventType']>(
  calling: AnyCalling | null,
  type: T,
  handler: (event: Extract<CallingEvent | MediaEvent, { readonly eventType: T }>) => void,
): void {
  useEventOf<CallingEvent | MediaEvent, T>(calling, type, handler);
}
