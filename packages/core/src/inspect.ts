// `@trtc-smart/core/inspect`: dev tooling kept out of the main entry, so apps do not ship it.

// The machines' own types, so a tool reading `callMachine` / `liveRoomMachine` can name them.
export type { AcceptCallInput, StartCallInput } from './calling/call-actors.js';
export type { CallDeps, CallingContext } from './calling/call-context.js';
export { callMachineDiagram } from './calling/call-diagram.js';
export { callMachine } from './calling/call-machine.js';
export type {
  CallCommand,
  CallEmitted,
  CallMachineEvent,
  GraceEvent,
  PortEvent,
  TimerEvent,
} from './calling/machine-events.js';
export * from './inspect/machine-graph.js';
export { toMermaid } from './inspect/mermaid.js';
export type {
  AbandonedLeft,
  AnnouncementLost,
  LiveCommand,
  LiveEmitted,
  LiveGraceEvent,
  LiveMachineEvent,
  LivePortEvent,
  LogoutAnswered,
  LogoutRetry,
  PeerEvent,
  ReentryLost,
  RoomRead,
} from './live-room/live-machine-events.js';
export type {
  EarlyRoomEvent,
  EntryRoom,
  LeftRoom,
  LiveRoomContext,
  LiveRoomDeps,
} from './live-room/live-room-context.js';
export { liveRoomMachineDiagram } from './live-room/live-room-diagram.js';
export { liveRoomMachine } from './live-room/live-room-machine.js';
export type { RoomCreated } from './live-room/room-resumed.js';
export type { EffectFailed, EffectLane, EffectRunner, EffectTarget } from './machine/effects.js';
export type { OpSettled } from './machine/ops.js';
export type { Prefixed } from './machine/prefixed.js';
