import type { CallingAdapter, LiveRoomAdapter } from '@trtc-smart/core';
import type { DeviceInfo, DeviceKind } from '@trtc-smart/core/media';
import type { FakeView } from './adapter/fake-view.js';
import type { ImGroupsClient } from './adapter/im-groups-client.js';
import type { ImSignalingClient } from './adapter/im-signaling-client.js';
import type { LiveMediaSnapshot } from './adapter/live-device.js';
import type { MediaStateSnapshot } from './adapter/local-media.js';
import type { VirtualClock } from './clock/virtual-clock.js';
import type { ImGroupProfile } from './cloud/im-groups.js';
import type { ImOfflinePush } from './cloud/im-signaling.js';
import type { InvitationSnapshot } from './cloud/invitations.js';
import type { TraceEntry } from './cloud/trace.js';
import type { ControlsSnapshot } from './media/local-controls.js';
import type { LinkConfig } from './network/link-config.js';
import type { ResolvedOptions } from './options.js';

/** A CallingAdapter and LiveRoomAdapter on the fake cloud; `deviceId` names it in traces and fault targets. */
export interface FakeAdapter extends CallingAdapter<FakeView>, LiveRoomAdapter<FakeView> {
  readonly deviceId: string;
  /** The device's IM invitations at the SDK's level (opaque data, inviteIDs), for SDK doubles. */
  readonly imSignaling: ImSignalingClient;
  /** The device's IM groups, messages and profiles at the SDK's level, for SDK doubles. */
  readonly imGroups: ImGroupsClient;
  /** This device's local media state (cloud.mediaState names a user's newest device). */
  mediaState(): MediaStateSnapshot & { readonly controls: ControlsSnapshot };
  /** This device's live-room media state. */
  liveMediaState(): LiveMediaSnapshot;
}

/** Fault targets name a device (the label given to adapter()) or a logged-in userId. */
export interface NetworkControl {
  /** Sets latency, jitter, loss or duplicates for everyone, or for one target. */
  configure(config: Partial<LinkConfig>, target?: string): void;
  /** Cuts the target off the network. */
  partition(target: string): void;
  /** Reconnects a partitioned target. */
  heal(target: string): void;
  /** Cuts the link between two targets only. */
  cut(a: string, b: string): void;
  /** Restores a cut link. */
  uncut(a: string, b: string): void;
  /** Messages on their way (periodic media statistics excluded). */
  inFlight(): number;
  /** A device's link settings. */
  linkConfig(deviceId: string): LinkConfig;
}

/** An in-memory Tencent cloud on a virtual clock: devices, virtual time, faults and what the cloud holds. */
export interface FakeCloud {
  readonly options: ResolvedOptions;
  readonly clock: VirtualClock;
  readonly network: NetworkControl;
  /** A new device; `label` names it in traces (a second device with the same label gets `label#2`). */
  adapter(label: string): FakeAdapter;
  /** Fires every timer due within ms, flushing promise work after each. */
  advance(ms: number): Promise<void>;
  /** Runs until no message is in flight, without jumping ahead to timers that are not deliveries. */
  settle(maxMs?: number): Promise<void>;
  /**
   * Runs virtual time until `work` (a promise, or a function that starts one) settles, then lets
   * the messages already on their way land; resolves or rejects as `work` does. Rejects with a
   * plain Error if `work` is still pending when no timer is left or after `maxMs` (default 60 s).
   * `await cloud.run(alice.login(...))` is how a test or a script awaits an SDK call.
   */
  run<T>(work: PromiseLike<T> | (() => PromiseLike<T> | T), maxMs?: number): Promise<T>;
  /** Lets promise work run; no virtual time passes. */
  flush(): Promise<void>;
  /** Offline = the link is down both ways. */
  setOnline(target: string, online: boolean): void;
  /**
   * A blip: the target's link goes down now and comes back after `ms` (virtual), with the SDKs'
   * reconnect events (IM: connecting, then connected; TRTC: reconnecting, then connected once it
   * re-entered its room, which the cloud may have dropped it from meanwhile).
   */
  blip(target: string, ms: number): void;
  /** Tab sleep: the device's timers stop and what reaches it waits, for `ms`; its link stays up. */
  sleep(target: string, ms: number): void;
  /** The device's wall clock runs `ms` ahead (negative: behind) of the cloud's; delays are unaffected. */
  setClockOffset(target: string, ms: number): void;
  /**
   * The cloud removes the target from its TRTC room (REST RemoveUser). The others see it leave; the
   * device hears it at once, or, while its link is down, when the link is back instead of rejoining.
   */
  removeFromRoom(target: string): void;
  /**
   * The target's IM userSig expires now, as it does on a cloud with a secretKey: IM ends its session
   * (userSigExpired) and TRTC goes on; logging in again with a fresh userSig keeps its rooms. Until
   * then IM refuses the device's requests as expired, so a lost notice is learnt from the next one.
   */
  expireUserSig(target: string): void;
  /** Plugs a camera, microphone or speaker into the target's device (onDeviceChange 'add'). */
  plugDevice(target: string, kind: DeviceKind, device: DeviceInfo): void;
  /**
   * Unplugs one (onDeviceChange 'remove'); if it was in use, the first device left takes over and
   * is reported 'active', as the SDK falls back to the default.
   */
  unplugDevice(target: string, kind: DeviceKind, deviceId: string): void;
  /**
   * The user ends the target's screen share from the browser's own "stop sharing" bar: its SDK
   * reports onScreenShareStopped and the room loses the substream. Nothing if it shares no screen.
   */
  endScreenShare(target: string): void;
  /** Every trace entry so far. */
  trace(): readonly TraceEntry[];
  /** The trace as JSON, as the playground loads it. */
  exportTrace(): string;
  /** userIds in the room, in join order. */
  roomMembers(roomId: number): string[];
  /** The invitations nobody answered yet. */
  pendingInvitations(): InvitationSnapshot[];
  /** Users with a session whose link is up, sorted. */
  onlineUsers(): string[];
  /** A device's local media state, by logged-in userId or else by device label. */
  mediaState(target: string): (MediaStateSnapshot & { readonly controls: ControlsSnapshot }) | undefined;
  /** A device's live-room media state (preview, role, stream, plays, mutes), likewise. */
  liveMediaState(target: string): LiveMediaSnapshot | undefined;
  /** userIds in a live room's IM group, in join order. */
  liveRoomMembers(roomId: number): string[];
  /** userIds in a live room's TRTC room, in entry order, and whether each publishes there. */
  liveMediaMembers(roomId: number): { readonly userId: string; readonly publishing: boolean }[];
  /** An SDK-level IM group as the cloud keeps it (introduction included), if it exists. */
  imGroupProfile(groupID: string): ImGroupProfile | undefined;
  /** userIds in an SDK-level IM group (adapter-web's and the official apps' live rooms), in join order. */
  imGroupMembers(groupID: string): string[];
  /** The offline pushes IM sent for SDK-level invitations to users logged in nowhere, oldest first. */
  offlinePushes(): readonly ImOfflinePush[];
}
