import {
  type Calling,
  type CallingEvent,
  type CallingEventOf,
  type CallingEventType,
  type CallingOptions,
  type CallingState,
  createCalling,
  createLiveRoom,
  type LiveRoom,
  type LiveRoomEvent,
  type LiveRoomEventOf,
  type LiveRoomEventType,
  type LiveRoomOptions,
  type LiveRoomState,
} from '@trtc-smart/core';
import type { DeepReadonly, ShallowRef } from 'vue';
import { type InstanceHooks, ownInstance, useEventOf, useStateOf } from './instance.js';

export interface UseCallingOptions<View> extends CallingOptions<View>, InstanceHooks {}
export interface UseLiveRoomOptions<View> extends LiveRoomOptions<View>, InstanceHooks {}

/** A readonly ref that follows the state. */
export type StateRef<T> = Readonly<ShallowRef<DeepReadonly<T>>>;

const identity = <S>(state: S) => state;

/** A createCalling instance for the current scope (a component's setup): logged in once, destroyed on dispose. */
export const useCalling = <View>(options: UseCallingOptions<View>): Calling<View> =>
  ownInstance(options, (rest) => createCalling<View>(rest));

/** A createLiveRoom instance for the current scope: logged in once, destroyed on dispose. */
export const useLiveRoom = <View>(options: UseLiveRoomOptions<View>): LiveRoom<View> =>
  ownInstance(options, (rest) => createLiveRoom<View>(rest));

/** The call state (or a pick of it) as a readonly ref; a pick updates only when it changes. */
export function useCallState<V, T = CallingState>(
  calling: Calling<V>,
  select: (state: CallingState) => T = identity as (state: CallingState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): StateRef<T> {
  return useStateOf(calling, select, isEqual);
}

/** The live-room state (or a pick of it) as a readonly ref. */
export function useLiveRoomState<V, T = LiveRoomState>(
  room: LiveRoom<V>,
  select: (state: LiveRoomState) => T = identity as (state: LiveRoomState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): StateRef<T> {
  return useStateOf(room, select, isEqual);
}

/** Calls `handler` with each `type` event (typed by its name) until the scope is disposed. */
export function useCallEvent<V, T extends CallingEventType>(
  calling: Calling<V>,
  type: T,
  handler: (event: CallingEventOf<T>) => void,
): void {
  useEventOf<CallingEvent, T>(calling, type, handler);
}

/** Calls `handler` with each `type` event of the live-room listener until the scope is disposed. */
export function useLiveRoomEvent<V, T extends LiveRoomEventType>(
  room: LiveRoom<V>,
  type: T,
  handler: (event: LiveRoomEventOf<T>) => void,
): void {
  useEventOf<LiveRoomEvent, T>(room, type, handler);
}
