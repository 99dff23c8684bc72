export type { CameraState, MediaStateSnapshot } from './adapter/local-media.js';
export { VirtualClock } from './clock/virtual-clock.js';
export type { InvitationSnapshot } from './cloud/invitations.js';
export type {
  CallTraceEntry,
  DropReason,
  FaultTraceEntry,
  JsonValue,
  LocalTraceEntry,
  MessageTraceEntry,
  TraceEntry,
} from './cloud/trace.js';
export {
  createFakeCloud,
  type FakeAdapter,
  type FakeCloud,
  type NetworkControl,
} from './create-fake-cloud.js';
export { type DevSignUserSigParams, devSignUserSig } from './dev-usersig.js';
export type { LinkConfig } from './network/link-config.js';
export type { FakeCloudOptions, ResolvedOptions } from './options.js';
export { deriveSeed, mulberry32, SeededRandom } from './random/seeded-random.js';
