export {
  LocalVideo,
  type LocalVideoProps,
  RemoteVideo,
  type RemoteVideoProps,
  type ViewProp,
} from './call-video.js';
export type { DivProps } from './div-props.js';
export { LivePlayer, type LivePlayerProps, LivePreview, type LivePreviewProps } from './live-video.js';
export {
  type AnyCalling,
  type CallEventsOf,
  type CallStateOf,
  type UseCallingOptions,
  useCallEvent,
  useCalling,
  useCallState,
} from './use-calling.js';
export type { InstanceHooks } from './use-instance.js';
export {
  type AnyLiveRoom,
  type LiveRoomEventsOf,
  type LiveRoomStateOf,
  type UseLiveRoomOptions,
  useLiveRoom,
  useLiveRoomEvent,
  useLiveRoomState,
} from './use-live-room.js';
export type { Equality, Selector } from './use-store.js';
export type { ToView } from './use-view.js';
