import {
  createLiveRoom,
  type LiveRoom,
  type LiveRoomEvent,
  type LiveRoomEventOf,
  type LiveRoomEventType,
  type LiveRoomOptions,
  type LiveRoomState,
} from '@trtc-smart/core';
import { useEventOf } from './use-event.js';
import { type InstanceHooks, useInstance } from './use-instance.js';
import { type Equality, identity, type Selector, useStore } from './use-store.js';

export interface UseLiveRoomOptions<View> extends LiveRoomOptions<View>, InstanceHooks {}

/**
 * A createLiveRoom instance owned by the component: created on mount (and logged in when `login` is
 * given), destroyed on unmount or when `adapter` changes. The other options are read at creation.
 * Null on the first render, before the effect that creates it.
 */
export function useLiveRoom<View>(options: UseLiveRoomOptions<View>): LiveRoom<View> | null {
  return useInstance(options, createLiveRoom);
}

/** The live-room state, re-rendering on change; with a selector, only when the selection changes. */
export function useLiveRoomState<V>(room: LiveRoom<V>): LiveRoomState;
export function useLiveRoomState<V>(room: LiveRoom<V> | null): LiveRoomState | undefined;
export function useLiveRoomState<V, T>(
  room: LiveRoom<V>,
  selector: Selector<LiveRoomState, T>,
  isEqual?: Equality<T>,
): T;
export function useLiveRoomState<V, T>(
  room: LiveRoom<V> | null,
  selector: Selector<LiveRoomState, T>,
  isEqual?: Equality<T>,
): T | undefined;
export function useLiveRoomState<V, T>(
  room: LiveRoom<V> | null,
  selector: Selector<LiveRoomState, T> = identity as Selector<LiveRoomState, T>,
  isEqual: Equality<T> = Object.is,
): T | undefined {
  return useStore(room, selector, isEqual);
}

/** Calls `handler` with each `type` event of the live-room listener (typed by its name) while mounted. */
export function useLiveRoomEvent<V, T extends LiveRoomEventType>(
  room: LiveRoom<V> | null,
  type: T,
  handler: (event: LiveRoomEventOf<T>) => void,
): void {
  useEventOf<LiveRoomEvent, T>(room, type, handler);
}
