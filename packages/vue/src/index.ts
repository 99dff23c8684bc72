export {
  type AnyCalling,
  type AnyLiveRoom,
  type CallEventsOf,
  type CallStateOf,
  type LiveRoomEventsOf,
  type LiveRoomStateOf,
  type StateRef,
  type UseCallingOptions,
  type UseLiveRoomOptions,
  useCallEvent,
  useCalling,
  useCallState,
  useLiveRoom,
  useLiveRoomEvent,
  useLiveRoomState,
} from './composables.js';
export type { InstanceHooks } from './instance.js';
export { LivePlayer, LivePreview, LocalVideo, type OnError, RemoteVideo, type ToView } from './video.js';
