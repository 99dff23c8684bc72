import type {
  CallingAdapter,
  CallType,
  InviteParams,
  LiveRoomAdapter,
  LoginParams,
  RejectReason,
} from '@trtc-smart/core';
import type { DeviceInfo, DeviceKind } from '@trtc-smart/core/media';
import { ClientDevice, type ClientDeviceDeps } from './adapter/client-device.js';
import { type FakeAdapterEnv, FakeDeviceAdapter } from './adapter/fake-device-adapter.js';
import type { FakeView } from './adapter/fake-view.js';
import type { ImGroupsClient } from './adapter/im-groups-client.js';
import type { ImSignalingClient } from './adapter/im-signaling-client.js';
import type { LiveMediaSnapshot } from './adapter/live-device.js';
import type { MediaStateSnapshot } from './adapter/local-media.js';
import { runUntilSettled } from './clock/run-until-settled.js';
import { VirtualClock } from './clock/virtual-clock.js';
import { Accounts } from './cloud/accounts.js';
import { sendHungUp, sendSwitchedToAudio } from './cloud/call-notices.js';
import { type ImGroupProfile, ImGroups, routeImGroups } from './cloud/im-groups.js';
import { type ImOfflinePush, ImSignaling, routeImSignaling } from './cloud/im-signaling.js';
import { type InvitationSnapshot, Invitations } from './cloud/invitations.js';
import { LiveGroups } from './cloud/live-groups.js';
import { routeLive } from './cloud/live-routes.js';
import { LiveStreams } from './cloud/live-streams.js';
import { MediaMix, routeMediaControls } from './cloud/media-controls-routes.js';
import { MediaRooms, type Publishing } from './cloud/media-rooms.js';
import { Outbox } from './cloud/outbox.js';
import { RequestRouter } from './cloud/request-router.js';
import { Trace, type TraceEntry } from './cloud/trace.js';
import { type ControlsSnapshot, controlsSnapshot, plugDevice, unplugDevice } from './media/local-controls.js';
import { endScreenShare } from './media/media-controls-port.js';
import type { LinkConfig } from './network/link-config.js';
import { Network } from './network/network.js';
import { type FakeCloudOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { deriveSeed, SeededRandom } from './random/seeded-random.js';

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

/** Requests TRTC answers: they need TRTC's login, which an expired IM userSig leaves in place. */
const TRTC_METHOD = /^(callMedia|liveMedia)\./;
/** TRTC commands the fake cloud keeps in turn on the device's uplink (see sendUp). */
const ORDERED_TRTC_METHOD = /^callMedia\.|^mediaControls\.screenShare$/;
/** TRTC commands whose answer core never waits on to recover: a lossy link resends them. */
const RESENT_TRTC_METHOD = /^mediaControls\.screenShare$/;

/** A call room's enterRoom; `rejoin` marks TRTC's own re-entry after a blip (see MediaRooms.enter). */
type EnterParams = { roomId: number; callType: CallType; rejoin?: boolean } & Publishing;

function checkDuration(method: string, ms: number): void {
  if (!(ms >= 0) || !Number.isFinite(ms))
    throw new RangeError(`${method}(ms): ms must be a finite number >= 0`);
}

/** Creates a fake cloud (see the README): a deterministic world for multi-party tests. */
export function createFakeCloud(options: FakeCloudOptions = {}): FakeCloud {
  const resolved = resolveOptions(options);
  const { seed } = resolved;
  const clock = new VirtualClock(resolved.startTime);
  const trace = new Trace(() => clock.now(), resolved.trace);
  const devices = new Map<string, ClientDevice>();
  // Late-bound: the network resolves identities through accounts, which send through the network.
  let accounts: Accounts | undefined;
  const network = new Network({
    clock,
    trace,
    random: new SeededRandom(deriveSeed(seed, 'network')),
    defaults: { latencyMs: resolved.latencyMs, jitterMs: resolved.jitterMs, loss: 0, duplicate: 0 },
    identityOf: (deviceId) => accounts?.userOf(deviceId),
    deviceIds: () => devices.keys(),
  });
  const outbox = new Outbox({
    network,
    endpoint: (deviceId) => devices.get(deviceId),
    deviceOfUser: (userId) => accounts?.deviceOf(userId),
    olderDevicesOfUser: (userId) => accounts?.olderDevicesOf(userId),
  });
  const mediaMix = new MediaMix();
  const media = new MediaRooms({
    clock,
    outbox,
    network,
    random: new SeededRandom(deriveSeed(seed, 'volumes')),
    endpoint: (deviceId) => devices.get(deviceId),
    displaced: (deviceId) => toldRemoved(deviceId),
    mediaTimeoutMs: resolved.mediaTimeoutMs,
    volumeIntervalMs: resolved.volumeIntervalMs,
    networkQualityIntervalMs: resolved.networkQualityIntervalMs,
    musicOf: (deviceId) => mediaMix.music(deviceId),
  });
  const liveGroups = new LiveGroups({
    clock,
    outbox,
    inMediaRoom: (roomId, userId) => liveStreams.has(roomId, userId),
  });
  const imGroups = new ImGroups({
    clock,
    inMediaRoom: (roomId, userId) => liveStreams.has(roomId, userId),
    outbox,
    deviceOfUser: (userId) => accounts?.deviceOf(userId),
    profiles: liveGroups,
  });
  const liveStreams = new LiveStreams({
    clock,
    outbox,
    network,
    endpoint: (deviceId) => devices.get(deviceId),
    displaced: (deviceId) => toldRemoved(deviceId),
    mediaTimeoutMs: resolved.mediaTimeoutMs,
    droppedOff: (roomId, userId) => {
      liveGroups.droppedOff(roomId, userId);
      imGroups.droppedOff(roomId, userId);
    },
  });
  const accountService = new Accounts({
    clock,
    outbox,
    sdkAppId: resolved.sdkAppId,
    secretKey: resolved.secretKey,
    multiTerminal: resolved.multiTerminal,
    onSessionStarted: (deviceId) => network.refresh(deviceId),
    onSessionEnded: (deviceId, userId, reason) => {
      // TRTC checks a userSig only on entering: an expired IM session leaves its rooms as they are.
      if (reason !== 'expired') {
        media.leave(deviceId, 'left');
        liveStreams.leave(deviceId, 'left');
      }
      liveGroups.leaveAll(deviceId, userId);
      imGroups.leaveAll(userId);
      network.refresh(deviceId);
    },
  });
  accounts = accountService;
  const invitations = new Invitations(clock, outbox);
  // Duplicates arrive within a trip; twice the client's own timeout is far beyond any of them.
  const router = new RequestRouter(
    clock,
    outbox,
    (deviceId, method) =>
      TRTC_METHOD.test(method) ? accountService.trtcUserOf(deviceId) : accountService.userOf(deviceId),
    2 * resolved.requestTimeoutMs,
    (deviceId, method) => accountService.refusal(deviceId, method),
  );
  const imSignaling = new ImSignaling({
    clock,
    outbox,
    groupMembers: () => accountService.users(),
    multiTerminal: resolved.multiTerminal,
    isLoggedIn: (userId) => accountService.deviceOf(userId) !== undefined,
  });
  routeImSignaling(router, imSignaling);
  /** Devices removed from their room while their link was down: told when it is back. */
  const removed = new Set<string>();
  /** A device the cloud put out of its TRTC room hears it now, or once its link is back. */
  function toldRemoved(deviceId: string): void {
    if (network.isUp(deviceId)) devices.get(deviceId)?.connectionLost();
    else removed.add(deviceId);
  }
  network.onLinkChange((deviceId, up) => {
    const device = devices.get(deviceId);
    if (up && removed.delete(deviceId)) device?.connectionLost();
    device?.linkChanged(up);
  });

  router.on<LoginParams>('session.login', (c, p) => accountService.login(c.deviceId, p), false);
  // Logging out of a session that already ended (unheard) succeeds: cleanup never fails.
  router.on('session.logout', (c) => accountService.end(c.deviceId, 'logout'), false);
  router.on('session.relogin', (c) => ({ over: accountService.sessionOverFor(c.deviceId) }), false);
  router.on<InviteParams>('callSignaling.invite', (c, p) => invitations.invite(c.userId, c.deviceId, p));
  router.on<{ roomId: number }>('callSignaling.accept', (c, p) =>
    invitations.respond(c.userId, c.deviceId, p.roomId, { accept: true }),
  );
  router.on<{ roomId: number; reason: RejectReason }>('callSignaling.reject', (c, p) =>
    invitations.respond(c.userId, c.deviceId, p.roomId, { accept: false, reason: p.reason }),
  );
  router.on<{ roomId: number; invitees: string[] }>('callSignaling.cancel', (c, p) =>
    invitations.cancel(c.userId, c.deviceId, p.roomId, p.invitees),
  );
  router.on<{ roomId: number; userIds: string[]; durationSec: number }>('callSignaling.hangup', (c, p) =>
    sendHungUp(outbox, { userId: c.userId, device: c.deviceId }, p),
  );
  router.on<{ roomId: number; userIds: string[] }>('callSignaling.switchToAudio', (c, p) =>
    sendSwitchedToAudio(outbox, { userId: c.userId, device: c.deviceId }, p),
  );
  router.on<EnterParams>('callMedia.enterRoom', (c, p) =>
    media.enter(c.deviceId, c.userId, p.roomId, { audio: p.audio, video: p.video }, c.afterReply, p.rejoin),
  );
  // With a roomId (an abandoned entry's), only that room is left.
  router.on<{ roomId: number } | null>('callMedia.exitRoom', (c, p) => {
    if (p === null || media.roomOf(c.deviceId) === p.roomId) media.leave(c.deviceId, 'left');
  });
  router.on<Publishing>('callMedia.publish', (c, p) => media.publish(c.deviceId, p));
  routeLive(router, liveGroups, liveStreams);
  routeImGroups(router, imGroups);
  routeMediaControls(router, { mix: mediaMix, media, live: liveStreams, outbox });

  // Every device's calls take its id, so one deps object serves them all.
  const deviceDeps: ClientDeviceDeps = {
    clock,
    trace,
    requestTimeoutMs: resolved.requestTimeoutMs,
    isLinkUp: (deviceId) => network.isUp(deviceId),
    heartbeatsChanged: (deviceId) => {
      media.heartbeatChanged(deviceId);
      liveStreams.heartbeatChanged(deviceId);
    },
    sendUp: (deviceId, request) =>
      network.send({
        link: deviceId,
        direction: 'up',
        // TRTC's SDK sends a call room's commands over its one connection, in the order given: a
        // stale enterRoom never lands after a newer one (bob, entering three rooms in one tick as he
        // dialled twice and yielded to alice's call, was moved out of hers by a stale entry and
        // stayed inCall alone). A screen share's start and stop go the same way, so the room never
        // hears a share end before it began. liveMedia is not ordered yet (exit-overtakes-enter covers it).
        ...(ORDERED_TRTC_METHOD.test(request.method) ? { ordered: true } : {}),
        // The share's publish and unpublish ride TRTC's connection, which retransmits a loss: the
        // room loses the substream late on a lossy link, never not at all while the link is up.
        ...(RESENT_TRTC_METHOD.test(request.method) ? { resent: true } : {}),
        kind: request.method,
        payload: request,
        deliver: () => router.receive(deviceId, request),
      }),
  };
  const newDevice = (label: string): ClientDevice => {
    let id = label;
    for (let n = 2; devices.has(id); n++) id = `${label}#${n}`;
    const device = new ClientDevice(id, deviceDeps);
    devices.set(id, device);
    network.refresh(id);
    return device;
  };

  const adapterEnv: FakeAdapterEnv = {
    seed,
    trace,
    roomHas: (roomId, userId) => media.has(roomId, userId),
    publishes: (roomId, userId) => liveStreams.publishes(roomId, userId),
    rttMs: (deviceId) => 2 * network.linkConfig(deviceId).latencyMs,
  };

  /** The device a user is logged in on, else the device with that label. */
  const findDevice = (target: string): ClientDevice | undefined => {
    const deviceId = accountService.deviceOf(target);
    return devices.get(deviceId ?? target);
  };
  const requireDevice = (target: string): ClientDevice => {
    const device = findDevice(target);
    if (!device) throw new RangeError(`no device or logged-in user named ${target}`);
    return device;
  };

  return {
    options: resolved,
    clock,
    network: {
      configure: (config, target) => network.configure(config, target),
      partition: (target) => network.partition(target),
      heal: (target) => network.heal(target),
      cut: (a, b) => network.cut(a, b),
      uncut: (a, b) => network.uncut(a, b),
      inFlight: () => network.inFlight(),
      linkConfig: (deviceId) => network.linkConfig(deviceId),
    },
    adapter: (label) => new FakeDeviceAdapter(newDevice(label), adapterEnv),
    advance: (ms) => clock.advance(ms),
    async settle(maxMs = 60_000) {
      const settled = await clock.runWhile(() => network.inFlight() > 0, maxMs);
      if (!settled) throw new Error(`settle(): messages still in flight after ${maxMs} virtual ms`);
    },
    run: (work, maxMs = 60_000) => runUntilSettled(clock, () => network.inFlight(), work, maxMs),
    flush: () => clock.flush(),
    setOnline: (target, online) => network.setOnline(target, online),
    blip(target, ms) {
      checkDuration('blip', ms);
      network.partition(target);
      clock.setTimeout(() => network.heal(target), ms);
    },
    sleep(target, ms) {
      checkDuration('sleep', ms);
      const device = requireDevice(target);
      trace.record({ type: 'fault', action: 'sleep', payload: { key: target, ms } });
      device.sleep();
      clock.setTimeout(() => device.wake(), ms);
    },
    setClockOffset(target, ms) {
      if (!Number.isFinite(ms)) throw new RangeError('setClockOffset(ms): ms must be a finite number');
      requireDevice(target).clock.offsetMs = ms;
    },
    removeFromRoom(target) {
      const device = requireDevice(target);
      trace.record({ type: 'fault', action: 'removeFromRoom', payload: { key: target } });
      media.leave(device.id, 'left');
      liveStreams.leave(device.id, 'left');
      toldRemoved(device.id);
    },
    expireUserSig(target) {
      const device = requireDevice(target);
      trace.record({ type: 'fault', action: 'expireUserSig', payload: { key: target } });
      accountService.end(device.id, 'expired');
    },
    plugDevice(target, kind, info) {
      const device = requireDevice(target);
      trace.record({ type: 'fault', action: 'plugDevice', payload: { key: target, kind, ...info } });
      plugDevice(device, kind, info);
    },
    unplugDevice(target, kind, deviceId) {
      const device = requireDevice(target);
      trace.record({ type: 'fault', action: 'unplugDevice', payload: { key: target, kind, deviceId } });
      unplugDevice(device, kind, deviceId);
    },
    endScreenShare(target) {
      const device = requireDevice(target);
      trace.record({ type: 'fault', action: 'endScreenShare', payload: { key: target } });
      endScreenShare(device);
    },
    trace: () => trace.entries(),
    exportTrace: () => trace.export(),
    roomMembers: (roomId) => media.members(roomId),
    pendingInvitations: () => invitations.pending(),
    onlineUsers: () =>
      accountService.users().filter((userId) => {
        const deviceId = accountService.deviceOf(userId);
        return deviceId !== undefined && network.isUp(deviceId);
      }),
    mediaState: (target) => {
      const device = findDevice(target);
      return device && { ...device.media.snapshot(device.id), controls: controlsSnapshot(device) };
    },
    liveMediaState: (target) => findDevice(target)?.live.local.snapshot(),
    liveRoomMembers: (roomId) => liveGroups.memberIds(roomId),
    liveMediaMembers: (roomId) =>
      liveStreams
        .members(roomId)
        .map((userId) => ({ userId, publishing: liveStreams.publishes(roomId, userId) })),
    imGroupProfile: (groupID) => imGroups.find(groupID),
    imGroupMembers: (groupID) => imGroups.memberIds(groupID),
    offlinePushes: () => imSignaling.pushes(),
  };
}
