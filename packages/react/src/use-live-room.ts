import {
  createLiveRoom,
  type LiveRoom,
  type LiveRoomEvent,
  type LiveRoomOptions,
  type LiveRoomState,
} from '@trtc-smart/core';
import type { LiveRoomWithMedia, MediaControls, MediaEvent, MediaMethods } from '@trtc-smart/core/media';
import { useEventOf } from './use-event.js';
import { type InstanceHooks, useInstance } from './use-instance.js';
import { type Equality, identity, type Selector, useStore } from './use-store.js';

export interface UseLiveRoomOptions<View> extends LiveRoomOptions<View>, InstanceHooks {}

/** A LiveRoom, or a LiveRoomWithMedia (made with `media: mediaControls`): what the live hooks and components take. */
export type AnyLiveRoom<View = unknown> = LiveRoom<View> | LiveRoomWithMedia<View>;
/** The state of `R`: LiveRoomState, with `media` for a LiveRoomWithMedia. */
export type LiveRoomStateOf<R extends AnyLiveRoom> = ReturnType<R['getSnapshot']>;
/** The events of `R`: LiveRoomEvent, and MediaEvent for a LiveRoomWithMedia. */
export type LiveRoomEventsOf<R extends AnyLiveRoom> = R extends MediaMethods
  ? LiveRoomEvent | MediaEvent
  : LiveRoomEvent;

/**
 * A createLiveRoom instance owned by the component: created on mount (and logged in when `login` is
 * given), destroyed on unmount or when `adapter` changes. The other options are read at creation.
 * Null on the first render, before the effect that creates it. With `media: mediaControls` (from
 * `@trtc-smart/core/media`) it is a LiveRoomWithMedia, as createLiveRoom's is.
 */
export function useLiveRoom<View>(
  options: UseLiveRoomOptions<View> & { readonly media: MediaControls },
): LiveRoomWithMedia<View> | null;
export function useLiveRoom<View>(options: UseLiveRoomOptions<View>): LiveRoom<View> | null;
export function useLiveRoom<View>(options: UseLiveRoomOptions<View>): AnyLiveRoom<View> | null {
  return useInstance(options, createLiveRoom);
}

/** The live-room state, re-rendering on change; with a selector, only when the selection changes. */
export function useLiveRoomState<R extends AnyLiveRoom>(room: R): LiveRoomStateOf<R>;
export function useLiveRoomState<R extends AnyLiveRoom>(room: R | null): LiveRoomStateOf<R> | undefined;
export function useLiveRoomState<R extends AnyLiveRoom, T>(
  room: R,
  selector: Selector<LiveRoomStateOf<R>, T>,
  isEqual?: Equality<T>,
): T;
export function useLiveRoomState<R extends AnyLiveRoom, T>(
  room: R | null,
  selector: Selector<LiveRoomStateOf<R>, T>,
  isEqual?: Equality<T>,
): T | undefined;
export function useLiveRoomState<T>(
  room: AnyLiveRoom | null,
  selector: Selector<LiveRoomState, T> = identity as Selector<LiveRoomState, T>,
  isEqual: Equality<T> = Object.is,
): T | undefined {
  return useStore<LiveRoomState, T>(room, selector, isEqual);
}

/** Calls `handler` with each `type` event of the live-room listener (typed by its name, media events too) while mounted. */
export function useLiveRoomEvent<R extends AnyLiveRoom, T extends LiveRoomEventsOf<R>['eventType']>(
  room: R | null,
  type: T,
  handler: (event: Extract<LiveRoomEventsOf<R>, { readonly eventType: T }>) => void,
): void;
export function useLiveRoomEvent<T extends (LiveRoomEvent | MediaEvent)['eventType']>(
  room: AnyLiveRoom | null,
  type: T,
  handler: (event: Extract<LiveRoomEvent | MediaEvent, { readonly eventType: T }>) => void,
): void {
  useEventOf<LiveRoomEvent | MediaEvent, T>(room, type, handler);
}
