import type { LiveRoomState } from '@trtc-smart/core';
import { useRef } from 'react';
import type { ViewProp } from './call-video.js';
import type { DivProps } from './div-props.js';
import { type AnyLiveRoom, useLiveRoomState } from './use-live-room.js';
import { type ToView, useViewLifecycle } from './use-view.js';

/** Props of {@link LivePreview}: a div's props, the view, the room and an error handler. */
export type LivePreviewProps<View> = DivProps &
  ViewProp<View> & {
    readonly room: AnyLiveRoom<View>;
    /** Default true. Read when the preview starts. */
    readonly isFront?: boolean;
    /** Called when the adapter fails to start or stop the view (the error as the platform gave it). */
    readonly onError?: (error: unknown) => void;
  };

/** Props of {@link LivePlayer}: as {@link LivePreviewProps}, plus the anchor whose stream to play. */
export type LivePlayerProps<View> = DivProps &
  ViewProp<View> & {
    readonly room: AnyLiveRoom<View>;
    readonly userId: string;
    /** Called when the adapter fails to start or stop the view (the error as the platform gave it). */
    readonly onError?: (error: unknown) => void;
  };

const OUT: ReadonlySet<string> = new Set(['loggedOut', 'loggingIn', 'loggingOut', 'destroyed']);
const loggedIn = (s: LiveRoomState) => !OUT.has(s.status);
const elementView = <View,>(element: HTMLDivElement) => element as unknown as View;

/** This user's camera preview while logged in (startCameraPreview), stopped on unmount. */
export function LivePreview<View>(props: LivePreviewProps<View>) {
  const {
    room,
    isFront = true,
    view,
    onError,
    ...div
  } = props as LivePreviewProps<View> & {
    view?: ToView<View>;
  };
  const element = useRef<HTMLDivElement>(null);
  const active = useLiveRoomState(room, loggedIn);
  const toView = view ?? elementView<View>;
  useViewLifecycle(
    element,
    active,
    (el) => room.startCameraPreview({ isFront, view: toView(el) }),
    () => room.stopCameraPreview(),
    onError,
    [room],
  );
  return <div {...div} ref={element} />;
}

/** `userId`'s stream in the current room (startPlay), stopped on unmount or when the room is left. */
export function LivePlayer<View>(props: LivePlayerProps<View>) {
  const { room, userId, view, onError, ...div } = props as LivePlayerProps<View> & {
    view?: ToView<View>;
  };
  const element = useRef<HTMLDivElement>(null);
  const roomId = useLiveRoomState(room, (s) => s.room?.roomId ?? null);
  const toView = view ?? elementView<View>;
  useViewLifecycle(
    element,
    roomId !== null,
    (el) => room.startPlay({ userId, view: toView(el) }),
    () => room.stopPlay({ userId }),
    onError,
    [room, userId, roomId],
  );
  return <div {...div} ref={element} />;
}
