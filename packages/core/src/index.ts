export type { ActiveCall, CallRole, CameraState, Devices, LastCall } from './calling/call-context.js';
export { callMachineDiagram } from './calling/call-diagram.js';
export { type CallMachine, createCallMachine } from './calling/call-machine.js';
export type {
  CallParams,
  GroupCallParams,
  OpenCameraParams,
  RemoteViewParams,
} from './calling/calling-params.js';
export type { CallingState, CallStatus } from './calling/calling-state.js';
export { type Calling, type CallingOptions, createCalling } from './calling/create-calling.js';
export type { Participant, ParticipantStatus, Participants } from './calling/participants.js';
export * from './domain/call-type.js';
export * from './domain/calling-events.js';
export * from './domain/errors.js';
export * from './domain/rules.js';
export * from './domain/validate.js';
export * from './domain/view.js';
export { toMermaid } from './inspect/mermaid.js';
export type * from './ports/call-media.port.js';
export type * from './ports/call-signaling.port.js';
export type * from './ports/calling-adapter.js';
export type * from './ports/clock.port.js';
export type * from './ports/session.port.js';
export { type CallingSeedModule, toSeedModule } from './seed/calling-seed-module.js';
export type { SeedCallback, SeedError, SeedMethod, SeedOk } from './seed/seed-callback.js';
