import { type CallingState, CallType } from '@trtc-smart/core';
import { useRef } from 'react';
import type { DivProps } from './div-props.js';
import { type AnyCalling, useCallState } from './use-calling.js';
import { type ToView, useViewLifecycle } from './use-view.js';

/** `view` is required unless the adapter takes elements (as the web adapter does). */
export type ViewProp<View> = HTMLDivElement extends View ? { view?: ToView<View> } : { view: ToView<View> };

/** Props of {@link LocalVideo}: a div's props, the view, the call and an error handler. */
export type LocalVideoProps<View> = DivProps &
  ViewProp<View> & {
    readonly calling: AnyCalling<View>;
    /** Default true. Read when the camera opens. */
    readonly isFront?: boolean;
    /** Called when the adapter fails to start or stop the view (the error as the platform gave it). */
    readonly onError?: (error: unknown) => void;
  };

/** Props of {@link RemoteVideo}: as {@link LocalVideoProps}, plus the remote user to show. */
export type RemoteVideoProps<View> = DivProps &
  ViewProp<View> & {
    readonly calling: AnyCalling<View>;
    readonly userId: string;
    /** Called when the adapter fails to start or stop the view (the error as the platform gave it). */
    readonly onError?: (error: unknown) => void;
  };

const ACTIVE: ReadonlySet<string> = new Set(['ringing', 'dialing', 'connecting', 'inCall']);
const elementView = <View,>(element: HTMLDivElement) => element as unknown as View;

/** Camera on while a video call rings or runs; it is closed when this unmounts or the call goes audio. */
const cameraWanted = (s: CallingState) => ACTIVE.has(s.status) && s.call?.callType === CallType.VIDEO;

/** This user's camera, opened into this element (openCamera) and closed on unmount (closeCamera). */
export function LocalVideo<View>(props: LocalVideoProps<View>) {
  const {
    calling,
    isFront = true,
    view,
    onError,
    ...div
  } = props as LocalVideoProps<View> & {
    view?: ToView<View>;
  };
  const element = useRef<HTMLDivElement>(null);
  const active = useCallState(calling, cameraWanted);
  const toView = view ?? elementView<View>;
  useViewLifecycle(
    element,
    active,
    (el) => calling.openCamera({ isFront, view: toView(el) }),
    () => calling.closeCamera(),
    onError,
    [calling],
  );
  return <div {...div} ref={element} />;
}

/** `userId`'s video, rendered into this element once they joined (startRemoteView), stopped on unmount. */
export function RemoteVideo<View>(props: RemoteVideoProps<View>) {
  const { calling, userId, view, onError, ...div } = props as RemoteVideoProps<View> & {
    view?: ToView<View>;
  };
  const element = useRef<HTMLDivElement>(null);
  const active = useCallState(
    calling,
    (s) => ACTIVE.has(s.status) && s.call?.participants[userId]?.status === 'joined',
  );
  const toView = view ?? elementView<View>;
  useViewLifecycle(
    element,
    active,
    (el) => calling.startRemoteView({ userId, view: toView(el) }),
    () => calling.stopRemoteView({ userId }),
    onError,
    [calling, userId],
  );
  return <div {...div} ref={element} />;
}
