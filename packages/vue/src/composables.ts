import {
  type Calling,
  type CallingEvent,
  type CallingOptions,
  type CallingState,
  createCalling,
  createLiveRoom,
  type LiveRoom,
  type LiveRoomEvent,
  type LiveRoomOptions,
  type LiveRoomState,
} from '@trtc-smart/core';
import type {
  CallingWithMedia,
  LiveRoomWithMedia,
  MediaControls,
  MediaEvent,
  MediaMethods,
} from '@trtc-smart/core/media';
import type { DeepReadonly, ShallowRef } from 'vue';
import { type InstanceHooks, ownInstance, useEventOf, useStateOf } from './instance.js';

export interface UseCallingOptions<View> extends CallingOptions<View>, InstanceHooks {}
export interface UseLiveRoomOptions<View> extends LiveRoomOptions<View>, InstanceHooks {}

/** A readonly ref that follows the state. */
export type StateRef<T> = Readonly<ShallowRef<DeepReadonly<T>>>;

/** A Calling, or a CallingWithMedia (made with `media: mediaControls`): what the call composables and components take. */
export type AnyCalling<View = unknown> = Calling<View> | CallingWithMedia<View>;
/** A LiveRoom, or a LiveRoomWithMedia (made with `media: mediaControls`): what the live composables and components take. */
export type AnyLiveRoom<View = unknown> = LiveRoom<View> | LiveRoomWithMedia<View>;
/** The state of `C`: CallingState, with `media` for a CallingWithMedia. */
export type CallStateOf<C extends AnyCalling> = ReturnType<C['getSnapshot']>;
/** The state of `R`: LiveRoomState, with `media` for a LiveRoomWithMedia. */
export type LiveRoomStateOf<R extends AnyLiveRoom> = ReturnType<R['getSnapshot']>;
/** The events of `C`: CallingEvent, and MediaEvent for a CallingWithMedia. */
export type CallEventsOf<C extends AnyCalling> = C extends MediaMethods
  ? CallingEvent | MediaEvent
  : CallingEvent;
/** The events of `R`: LiveRoomEvent, and MediaEvent for a LiveRoomWithMedia. */
export type LiveRoomEventsOf<R extends AnyLiveRoom> = R extends MediaMethods
  ? LiveRoomEvent | MediaEvent
  : LiveRoomEvent;

const identity = <S>(state: S) => state;

/**
 * A createCalling instance for the current scope (a component's setup): logged in once, destroyed
 * on dispose. With `media: mediaControls` (from `@trtc-smart/core/media`) it is a CallingWithMedia.
 */
export function useCalling<View>(
  options: UseCallingOptions<View> & { readonly media: MediaControls },
): CallingWithMedia<View>;
export function useCalling<View>(options: UseCallingOptions<View>): Calling<View>;
export function useCalling<View>(options: UseCallingOptions<View>): AnyCalling<View> {
  return ownInstance(options, (rest) => createCalling<View>(rest));
}

/**
 * A createLiveRoom instance for the current scope: logged in once, destroyed on dispose. With
 * `media: mediaControls` (from `@trtc-smart/core/media`) it is a LiveRoomWithMedia.
 */
export function useLiveRoom<View>(
  options: UseLiveRoomOptions<View> & { readonly media: MediaControls },
): LiveRoomWithMedia<View>;
export function useLiveRoom<View>(options: UseLiveRoomOptions<View>): LiveRoom<View>;
export function useLiveRoom<View>(options: UseLiveRoomOptions<View>): AnyLiveRoom<View> {
  return ownInstance(options, (rest) => createLiveRoom<View>(rest));
}

/** The call state (or a pick of it) as a readonly ref; a pick updates only when it changes. */
export function useCallState<C extends AnyCalling, T = CallStateOf<C>>(
  calling: C,
  select?: (state: CallStateOf<C>) => T,
  isEqual?: (a: T, b: T) => boolean,
): StateRef<T>;
export function useCallState<T>(
  calling: AnyCalling,
  select: (state: CallingState) => T = identity as (state: CallingState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): StateRef<T> {
  return useStateOf(calling, select, isEqual);
}

/** The live-room state (or a pick of it) as a readonly ref. */
export function useLiveRoomState<R extends AnyLiveRoom, T = LiveRoomStateOf<R>>(
  room: R,
  select?: (state: LiveRoomStateOf<R>) => T,
  isEqual?: (a: T, b: T) => boolean,
): StateRef<T>;
export function useLiveRoomState<T>(
  room: AnyLiveRoom,
  select: (state: LiveRoomState) => T = identity as (state: LiveRoomState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): StateRef<T> {
  return useStateOf(room, select, isEqual);
}

/** Calls `handler` with each `type` event (typed by its name, media events too) until the scope is disposed. */
export function useCallEvent<C extends AnyCalling, T extends CallEventsOf<C>['eventType']>(
  calling: C,
  type: T,
  handler: (event: Extract<CallEventsOf<C>, { readonly eventType: T }>) => void,
): void;
export function useCallEvent<T extends (CallingEvent | MediaEvent)['eventType']>(
  calling: AnyCalling,
  type: T,
  handler: (event: Extract<CallingEvent | MediaEvent, { readonly eventType: T }>) => void,
): void {
  useEventOf<CallingEvent | MediaEvent, T>(calling, type, handler);
}

/** Calls `handler` with each `type` event of the live-room listener (media events too) until the scope is disposed. */
export function useLiveRoomEvent<R extends AnyLiveRoom, T extends LiveRoomEventsOf<R>['eventType']>(
  room: R,
  type: T,
  handler: (event: Extract<LiveRoomEventsOf<R>, { readonly eventType: T }>) => void,
): void;
export function useLiveRoomEvent<T extends (LiveRoomEvent | MediaEvent)['eventType']>(
  room: AnyLiveRoom,
  type: T,
  handler: (event: Extract<LiveRoomEvent | MediaEvent, { readonly eventType: T }>) => void,
): void {
  useEventOf<LiveRoomEvent | MediaEvent, T>(room, type, handler);
}
