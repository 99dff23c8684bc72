import type { CallType, InviteParams, LoginParams, RejectReason } from '@trtc-smart/core';
import { ClientDevice, type ClientDeviceDeps } from './adapter/client-device.js';
import { type FakeAdapterEnv, FakeDeviceAdapter } from './adapter/fake-device-adapter.js';
import { runUntilSettled } from './clock/run-until-settled.js';
import { VirtualClock } from './clock/virtual-clock.js';
import { Accounts } from './cloud/accounts.js';
import { sendHungUp, sendSwitchedToAudio } from './cloud/call-notices.js';
import { ImGroups, routeImGroups } from './cloud/im-groups.js';
import { ImSignaling, routeImSignaling } from './cloud/im-signaling.js';
import { Invitations } from './cloud/invitations.js';
import { LiveGroups } from './cloud/live-groups.js';
import { routeLive } from './cloud/live-routes.js';
import { LiveStreams } from './cloud/live-streams.js';
import { MediaMix, routeMediaControls } from './cloud/media-controls-routes.js';
import { MediaRooms, type Publishing } from './cloud/media-rooms.js';
import { Outbox } from './cloud/outbox.js';
import { RequestRouter } from './cloud/request-router.js';
import { Trace } from './cloud/trace.js';
import type { FakeCloud } from './fake-cloud-api.js';
import { controlsSnapshot, plugDevice, unplugDevice } from './media/local-controls.js';
import { endScreenShare } from './media/media-controls-port.js';
import { Network } from './network/network.js';
import { type FakeCloudOptions, resolveOptions } from './options.js';
import { deriveSeed, SeededRandom } from './random/seeded-random.js';

export type { FakeAdapter, FakeCloud, NetworkControl } from './fake-cloud-api.js';

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
