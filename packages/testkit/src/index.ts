export { type ElementLike, type FakeView, fakeViewRule } from './adapter/fake-view.js';
export type { ImGroupsClient } from './adapter/im-groups-client.js';
export type { ImSignalingClient } from './adapter/im-signaling-client.js';
export type { LiveMediaSnapshot, LiveRole } from './adapter/live-device.js';
export type { CameraState, MediaStateSnapshot } from './adapter/local-media.js';
export {
  createFakeNativeModule,
  type FakeNativeModule,
  type FakeNativeObject,
  type NativeCallback,
  type NativeListener,
  type NativeMethod,
} from './apicloud/fake-native-module.js';
export type { NativeCallRecord, NativeFault } from './apicloud/native-call-log.js';
export { VirtualClock } from './clock/virtual-clock.js';
export {
  type ImGroupProfile,
  type ImMessageBody,
  type ImMessageEvent,
  type ImUser,
  MEMBER_TIPS_TO_ALL_MAX,
} from './cloud/im-groups.js';
export type {
  ImInviteParams,
  ImOfflinePush,
  ImOfflinePushInfo,
  ImSignalingEvent,
} from './cloud/im-signaling.js';
export type { InvitationSnapshot } from './cloud/invitations.js';
export { DEAD_ROOM_DISMISS_MS, MEMBER_COUNT_INTERVAL_MS } from './cloud/live-groups.js';
export { stringRoomNumber } from './cloud/string-rooms.js';
export type {
  CallTraceEntry,
  DropReason,
  FaultTraceEntry,
  JsonValue,
  LocalTraceEntry,
  MessageTraceEntry,
  TraceEntry,
} from './cloud/trace.js';
export { ConformanceError, check, checkEqual, checkRejects } from './conformance/assert.js';
export { type CallingParty, callingParty, loggedInParties, step } from './conformance/calling-party.js';
export { callingScenarios } from './conformance/calling-scenarios.js';
export { fakeCloudHarness } from './conformance/fake-cloud-harness.js';
export type {
  CallingHarness,
  CallingWorld,
  LiveRoomHarness,
  LiveRoomWorld,
  Scenario,
  SimCloud,
  World,
  WorldOptions,
} from './conformance/harness.js';
export { type LiveParty, liveParty, loggedInLiveParties } from './conformance/live-party.js';
export { liveRoomScenarios } from './conformance/live-room-scenarios.js';
export {
  createFakeCloud,
  type FakeAdapter,
  type FakeCloud,
  type NetworkControl,
} from './create-fake-cloud.js';
export { type DevSignUserSigParams, devSignUserSig } from './dev-usersig.js';
export type { FakeTrackSnapshot } from './media/fake-music.js';
export type { ControlsSnapshot } from './media/local-controls.js';
export type { LinkConfig } from './network/link-config.js';
export type { KitCall, KitReading, OfficialCallKit, WireCallType } from './official/call-kit.js';
export {
  type OfficialCallKitName,
  OfficialCallPeer,
  type OfficialPeerEnd,
  type OfficialPeerLogEntry,
  officialCallKits,
} from './official/call-peer.js';
export { OFFICIAL_ROOM, officialCallVectors } from './official/call-vectors.js';
export {
  type OfficialLivePeer,
  type OfficialPeerDevice,
  type OfficialWireEntry,
  officialLivePeer,
} from './official/live-peer.js';
export * as officialLiveWire from './official/live-wire.js';
export type { FakeCloudOptions, ResolvedOptions } from './options.js';
export { deriveSeed, mulberry32, SeededRandom } from './random/seeded-random.js';
export { applyCloudCommand, SIM_OPS, type SimCommand, type SimCommandInput } from './sim-commands.js';
