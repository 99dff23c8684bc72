// The app-facing API. Adapter building blocks are at `/adapter-kit`, state-chart tooling (and the
// machines themselves) at `/inspect`, the seed plugin's callback objects at `/seed`.
export type { ActiveCall, CallRole, CameraState, Devices, LastCall } from './calling/call-context.js';
export type { CallMachine } from './calling/call-machine.js';
export type {
  CallParams,
  GroupCallParams,
  OpenCameraParams,
  RemoteViewParams,
} from './calling/calling-params.js';
export type { CallActiveStatus, CallingState, CallingStateOf, CallStatus } from './calling/calling-state.js';
export { type Calling, type CallingOptions, createCalling } from './calling/create-calling.js';
export type { Participant, ParticipantStatus, Participants } from './calling/participants.js';
export * from './domain/call-type.js';
export * from './domain/calling-events.js';
export type * from './domain/connection.js';
export { type ErrorCause, ErrorCode, isTrtcSmartError, TrtcSmartError } from './domain/errors.js';
export * from './domain/live-room-events.js';
export type { OfflinePushInfo, OfflinePushParams } from './domain/offline-push.js';
export {
  type AnchorInfo,
  type LiveRoomRecord,
  type RoomInfo,
  type RoomState,
  RoomStatus,
  type UserInfo,
} from './domain/room-info.js';
export * from './domain/rules.js';
export type { Rect, ViewRule } from './domain/view.js';
export { createLiveRoom } from './live-room/create-live-room.js';
export type { LiveRoom, LiveRoomOptions } from './live-room/live-room-api.js';
export type {
  CameraState as LiveCameraState,
  IncomingRequest,
  JoinedRoom,
  LiveDevices,
  PkPeer,
} from './live-room/live-room-context.js';
export type { LiveRoomMachine } from './live-room/live-room-machine.js';
export type {
  CameraPreviewParams,
  CreateRoomParams,
  CustomMessageParams,
  EnterRoomParams,
  GetRoomInfosParams,
  PlayParams,
  ResponseParams,
  RoomPKParams,
  SelfProfileParams,
} from './live-room/live-room-params.js';
export type {
  AnchorView,
  LiveRoomInRoomStatus,
  LiveRoomState,
  LiveRoomStateOf,
  LiveRoomStatus,
  LiveRoomView,
} from './live-room/live-room-state.js';
export type { UserSigProvider } from './machine/sig-renewal.js';
export type * from './ports/call-media.port.js';
export type * from './ports/call-signaling.port.js';
export type * from './ports/calling-adapter.js';
export type * from './ports/clock.port.js';
export type * from './ports/live-media.port.js';
export type * from './ports/live-room-adapter.js';
export type * from './ports/live-signaling.port.js';
export type * from './ports/session.port.js';
