import type { Observable, Subscription } from 'rxjs';
import { type Actor, createActor } from 'xstate';
import {
  parseCameraView,
  parseFlag,
  parseLogin,
  parseUserId,
  parseUserView,
} from '../domain/common-params.js';
import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import { numberOption } from '../domain/options.js';
import { anchorUserInfo, type RoomInfo, toRoomInfo, type UserInfo } from '../domain/room-info.js';
import {
  DEFAULT_LIVE_REQUEST_TIMEOUT_SEC,
  DEFAULT_RECONCILE_INTERVAL_SEC,
  DEFAULT_RECONNECT_GRACE_MS,
} from '../domain/rules.js';
import { defineOnFirstRead, installMethods } from '../machine/api-methods.js';
import {
  alreadyLoggedIn,
  destroyedError,
  notAllowedError,
  runDeviceCommand,
  sendCommand,
  type WithoutOpId,
} from '../machine/commands.js';
import { createEffectRunner } from '../machine/effects.js';
import { fieldAdapter } from '../machine/field-adapter.js';
import { OpRegistry } from '../machine/ops.js';
import { isRunning } from '../machine/prefixed.js';
import type { UserSigProvider } from '../machine/sig-renewal.js';
import type { MediaControls } from '../media/media-host.js';
import { EventHub, ValueHub } from '../ports/event-hub.js';
import type { LiveRoomAdapter } from '../ports/live-room-adapter.js';
import type { LoginParams } from '../ports/session.port.js';
import type { LiveCommand, LiveMachineEvent } from './live-machine-events.js';
import { currentRoom } from './live-room-context.js';
import { type LiveRoomMachine, liveRoomMachine } from './live-room-machine.js';
import type { LiveRoomWithMedia } from './live-room-media.js';
import { liveRoomMediaHost } from './live-room-media-host.js';
import {
  type CameraPreviewParams,
  type CreateRoomParams,
  type CustomMessageParams,
  type EnterRoomParams,
  type GetRoomInfosParams,
  type PlayParams,
  parseCreateRoom,
  parseCustomMessage,
  parseProfile,
  parseReason,
  parseRemoteMute,
  parseResponse,
  parseRoomId,
  parseRoomIdList,
  parseRoomPK,
  parseStreamId,
  parseTextMessage,
  type ResponseParams,
  type RoomPKParams,
  type SelfProfileParams,
} from './live-room-params.js';
import { type LiveRoomState, liveRoomStateOf, liveStatusOf } from './live-room-state.js';
import { subscribePortEvents } from './port-events.js';

/** Options of {@link createLiveRoom}: the platform adapter and the timeouts. */
export interface LiveRoomOptions<View> {
  readonly adapter: LiveRoomAdapter<View>;
  /** Seconds a link-mic or PK request waits for its answer. Default 10. */
  readonly requestTimeoutSec?: number;
  /**
   * Ms a lost media link gets to come back before the room is left (this user's own TRTC link), or
   * declared dead (the owner's stream, for a viewer). Default 30000 (DEFAULT_RECONNECT_GRACE_MS).
   */
  readonly reconnectGraceMs?: number;
  /**
   * Seconds between a viewer's reads of the room's IM profile, which catch a lost room-destroyed
   * notice or anchor-list change; 0 = only after reconnecting and after member-change tips. Each read
   * is one IM group-profile request per viewer. Default 60 (DEFAULT_RECONCILE_INTERVAL_SEC).
   */
  readonly reconcileIntervalSec?: number;
  /**
   * Seconds login, logout and every other request to the platform may take; past it the request
   * fails with NETWORK_TIMEOUT naming what timed out. Default 15 (DEFAULT_LOGIN_TIMEOUT_SEC).
   */
  readonly loginTimeoutSec?: number;
  /**
   * Fetches a fresh userSig when IM reports the current one expired: IM logs in again with it, the
   * room's IM group is entered again and the room goes on (signaling shows reconnecting meanwhile).
   * Without it, or if it fails (the error, with its own text, comes as onError), the user is
   * logged out and leaves the room.
   */
  readonly userSigProvider?: UserSigProvider;
  /**
   * Opt-in media controls: pass `mediaControls` from `@trtc-smart/core/media` to get music, beauty,
   * virtual background, devices, screen share and statistics (see LiveRoomWithMedia).
   */
  readonly media?: MediaControls;
}

/** The typed live-room API: a promise per seed method, the seed's events, and the state. */
export interface LiveRoom<View = unknown> {
  /** Logs in to IM and TRTC; resolves once both accept the UserSig. */
  login(params: LoginParams): Promise<void>;
  /** Leaves the room (the owner dismisses it), then logs out. */
  logout(): Promise<void>;
  /** Sets the name and avatar other members see. */
  setSelfProfile(params: SelfProfileParams): Promise<void>;
  /** Anchor: creates the room and enters it as its owner. */
  createRoom(params: CreateRoomParams): Promise<void>;
  /**
   * Owner anchor: dismisses the room (the audience gets onRoomDestroy), ends PK and leaves. If the
   * dismissal fails it rejects with nothing changed: the anchor is still in the room and may retry.
   */
  destroyRoom(): Promise<void>;
  /** Audience: enters a room. */
  enterRoom(params: EnterRoomParams): Promise<void>;
  /** Audience (co-hosts too): leaves the room; if the IM room cannot be left it rejects, still inside, to retry. */
  exitRoom(): Promise<void>;
  /** Looks rooms up by id; unknown ids are left out. */
  getRoomInfos(params: GetRoomInfosParams): Promise<{ roomList: RoomInfo[] }>;
  /** The room's anchors (inside a room). */
  getAnchorList(): Promise<{ userList: UserInfo[] }>;
  /** The room's audience (inside a room). */
  getAudienceList(): Promise<{ userList: UserInfo[] }>;
  /** Opens the local camera into a view. */
  startCameraPreview(params: CameraPreviewParams<View>): Promise<void>;
  /** Closes the local camera. */
  stopCameraPreview(): Promise<void>;
  /** The owner anchor goes live, or an accepted co-host starts publishing. */
  startPublish(params: { readonly streamId: string }): Promise<void>;
  /** Stops publishing this user's stream. */
  stopPublish(): Promise<void>;
  /** Plays an anchor's stream into a view. */
  startPlay(params: PlayParams<View>): Promise<void>;
  /** Stops playing an anchor's stream. */
  stopPlay(params: { readonly userId: string }): Promise<void>;
  /** Audience: asks the owner to co-host; the answer arrives on linkMicEvents$. */
  requestJoinAnchor(params: { readonly reason: string }): Promise<void>;
  /** The owner answers a link-mic request. */
  responseJoinAnchor(params: ResponseParams): Promise<void>;
  /** The owner ends a co-host's link mic. */
  kickoutJoinAnchor(params: { readonly userId: string }): Promise<void>;
  /** Owner anchor: asks another room's anchor for PK; the answer arrives on roomPKEvents$. */
  requestRoomPK(params: RoomPKParams): Promise<void>;
  /** The owner answers a PK request. */
  responseRoomPK(params: ResponseParams): Promise<void>;
  /** Leaves the PK; the other anchor gets `onQuitRoomPK`. */
  quitRoomPK(): Promise<void>;
  /** Toggles front and back. */
  switchCamera(): Promise<void>;
  /** Mirrors the local preview or not. */
  setMirror(params: { readonly isMirror: boolean }): Promise<void>;
  /** Mutes or unmutes this user's microphone. */
  muteLocalAudio(params: { readonly isMute: boolean }): Promise<void>;
  /** Mutes or unmutes one anchor's audio here. */
  muteRemoteAudio(params: { readonly userId: string; readonly isMute: boolean }): Promise<void>;
  /** Mutes or unmutes every anchor's audio here. */
  muteAllRemoteAudio(params: { readonly isMute: boolean }): Promise<void>;
  /** Sends a text message to the room's other members. */
  sendRoomTextMsg(params: { readonly msg: string }): Promise<void>;
  /** Sends a custom message (command and text) to the room's other members. */
  sendRoomCustomMsg(params: CustomMessageParams): Promise<void>;
  /** Leaves any room, logs out and releases everything; the instance is unusable afterwards. */
  destroy(): Promise<void>;
  /** The live-room listener's events, named and shaped as the seed delivers them. */
  readonly events$: Observable<LiveRoomEvent>;
  /** The link-mic listener: the answer to this user's requestJoinAnchor. */
  readonly linkMicEvents$: Observable<RequestOutcomeEvent>;
  /** The PK listener: the answer to this user's requestRoomPK. */
  readonly roomPKEvents$: Observable<RequestOutcomeEvent>;
  readonly state$: Observable<LiveRoomState>;
  /** The current state (as `state$` last emitted it). */
  getSnapshot(): LiveRoomState;
  /** The XState actor, for inspection and visualisation. */
  readonly actor: Actor<LiveRoomMachine>;
}

/** The ports whose requests get the loginTimeoutSec deadline. */
const PORTS = ['session', 'liveSignaling', 'liveMedia'] as const;
const SHARED = ['clock', 'random', 'views'] as const;

/** The role rule each method is held to, named in its INVALID_STATE message. */
const ROLE_RULES: Record<string, string> = {
  createRoom: 'only outside a room',
  enterRoom: 'only outside a room',
  destroyRoom: "only the room's owner anchor destroys it",
  exitRoom: 'only the audience leaves with exitRoom; the owner anchor uses destroyRoom',
  startPublish:
    'only the owner anchor before it publishes, or an audience member whose link-mic request was accepted',
  stopPublish: 'only the owner anchor while live alone, or a publishing co-host',
  requestJoinAnchor: 'only an audience member who is watching (one request at a time)',
  responseJoinAnchor: 'only the owner anchor, answering a pending link-mic request from this user',
  kickoutJoinAnchor: 'only the owner anchor, for one of its co-hosts',
  requestRoomPK: 'only the owner anchor while live without co-hosts or PK (one request at a time)',
  responseRoomPK: 'only the owner anchor, answering a pending PK request from this user while live',
  quitRoomPK: 'only an anchor in PK',
  inRoom: 'only inside a room',
};

type LiveActor = Actor<LiveRoomMachine>;

function refuse(actor: LiveActor, method: string, rule: string): never {
  throw notAllowedError(method, liveStatusOf(actor.getSnapshot()), rule);
}

function checkAlive(actor: LiveActor, method: string): void {
  if (!isRunning(actor)) throw destroyedError(method);
}

/** Rejects, changing nothing, unless the machine takes this event in its current state. */
function assertAllowed(actor: LiveActor, method: string, event: LiveMachineEvent): void {
  checkAlive(actor, method);
  const snapshot = actor.getSnapshot();
  if (snapshot.can(event)) return;
  if (event.type === 'LOGIN' && snapshot.matches('loggedIn')) {
    throw new TrtcSmartError(
      ErrorCode.INVALID_STATE,
      `${method}: ${alreadyLoggedIn(snapshot.context.userId)}`,
    );
  }
  refuse(actor, method, ROLE_RULES[method] ?? 'not in this state');
}

function requireRoom(actor: LiveActor, method: string) {
  checkAlive(actor, method);
  const snapshot = actor.getSnapshot();
  if (!snapshot.matches({ loggedIn: 'room' })) refuse(actor, method, ROLE_RULES.inRoom as string);
  return currentRoom(snapshot.context);
}

function requireLogin(actor: LiveActor, method: string): void {
  checkAlive(actor, method);
  if (!actor.getSnapshot().matches('loggedIn')) refuse(actor, method, 'log in first');
}

const stateChanged = (next: LiveRoomState, prev: LiveRoomState) =>
  next.status !== prev.status ||
  next.room !== prev.room ||
  next.devices !== prev.devices ||
  next.userId !== prev.userId ||
  next.incoming !== prev.incoming ||
  next.pkPartner !== prev.pkPartner ||
  next.connection !== prev.connection;

/**
 * One createLiveRoom instance: its state and streams. Its methods are one table for every instance
 * (METHODS below), not closures per instance: a page (or a test) with 10,000 audience instances pays
 * for them once. Its fields are internal (createLiveRoom returns the LiveRoom interface); plain
 * fields rather than `#private` ones, which an ES2020 build lowers to WeakMap helpers on every access.
 */
class LiveRoomInstance<View> implements Omit<LiveRoom<View>, TableMethod | 'getSnapshot'> {
  readonly actor: LiveActor;
  readonly adapter: LiveRoomAdapter<View>;
  readonly effects = createEffectRunner();
  readonly ops = new OpRegistry();
  readonly events = new EventHub<LiveRoomEvent>();
  /** The request listeners, made when first read (most audience members never ask for anything). */
  linkMic: EventHub<RequestOutcomeEvent> | undefined;
  roomPK: EventHub<RequestOutcomeEvent> | undefined;
  readonly state: ValueHub<LiveRoomState>;
  readonly portEvents: Subscription;

  constructor(options: LiveRoomOptions<View>) {
    const requestTimeoutSec = numberOption(
      options.requestTimeoutSec,
      'requestTimeoutSec',
      DEFAULT_LIVE_REQUEST_TIMEOUT_SEC,
      'positive',
    );
    const reconnectGraceMs = numberOption(
      options.reconnectGraceMs,
      'reconnectGraceMs',
      DEFAULT_RECONNECT_GRACE_MS,
      0,
    );
    const reconcileIntervalSec = numberOption(
      options.reconcileIntervalSec,
      'reconcileIntervalSec',
      DEFAULT_RECONCILE_INTERVAL_SEC,
      0,
    );
    const adapter = fieldAdapter(options, PORTS, SHARED, ({ code, message }) =>
      this.events.next({ eventType: 'onError', code, msg: message }),
    );
    this.adapter = adapter;
    const actor = createActor(liveRoomMachine, {
      input: {
        adapter: adapter as LiveRoomAdapter,
        effects: this.effects,
        requestTimeoutSec,
        reconnectGraceMs,
        reconcileIntervalSec,
      },
      // XState calls it as a method, so the port object serves as is.
      clock: adapter.clock,
    });
    this.actor = actor;
    // One listener for every emitted event: each `on(type)` costs the actor a Set of its own.
    actor.on('*', (emitted) => {
      if (emitted.type === 'live') this.events.next(emitted.event);
      else if (emitted.type === 'op') this.ops.settle(emitted);
      else if (emitted.type === 'linkMic') this.linkMic?.next(emitted.event);
      else this.roomPK?.next(emitted.event);
    });
    const state = new ValueHub<LiveRoomState>(liveRoomStateOf(actor.getSnapshot()));
    this.state = state;
    actor.subscribe((snapshot) => {
      const next = liveRoomStateOf(snapshot);
      if (stateChanged(next, state.getValue())) state.next(next);
    });
    actor.start();
    this.portEvents = subscribePortEvents(adapter as LiveRoomAdapter, actor, this.events);
    options.media?.(liveRoomMediaHost(this, options.adapter));
  }

  get events$(): Observable<LiveRoomEvent> {
    return this.events.asObservable();
  }

  get linkMicEvents$(): Observable<RequestOutcomeEvent> {
    this.linkMic ??= listener(this);
    return this.linkMic.asObservable();
  }

  get roomPKEvents$(): Observable<RequestOutcomeEvent> {
    this.roomPK ??= listener(this);
    return this.roomPK.asObservable();
  }

  get state$(): Observable<LiveRoomState> {
    return this.state.asObservable();
  }
}

/** A request listener; one first read after destroy is complete at once, as the others are. */
function listener(room: Room): EventHub<RequestOutcomeEvent> {
  const hub = new EventHub<RequestOutcomeEvent>();
  if (room.events.isStopped) hub.complete();
  return hub;
}

type Room = LiveRoomInstance<unknown>;
/** The commands the machine settles as an op, and what the methods give for them. */
type OpCommand = Extract<LiveCommand, { readonly opId: number }>;

const contextOf = (room: Room) => room.actor.getSnapshot().context;

const isAudience = (room: Room): boolean =>
  room.actor.getSnapshot().matches({ loggedIn: { room: 'audience' } });

/** Sends a command and settles when the machine reports its outcome. */
function command(room: Room, method: string, event: WithoutOpId<OpCommand>): Promise<void> {
  return sendCommand<LiveMachineEvent, OpCommand>(
    room.actor,
    room.ops,
    (m, e) => assertAllowed(room.actor, m, e),
    method,
    event,
  );
}

/** Runs port work the machine allowed, then records its result; a failure (or `undo`, if overtaken) changes nothing. */
function device(
  room: Room,
  method: string,
  event: LiveMachineEvent,
  run: () => Promise<void>,
  undo?: () => Promise<void>,
): Promise<void> {
  return runDeviceCommand(
    room.actor,
    (m, e) => assertAllowed(room.actor, m, e),
    'the room changed',
    method,
    event,
    run,
    undo,
  );
}

/** Port work that changes no machine state, allowed inside a room. */
async function inRoom<T>(room: Room, method: string, run: (roomId: number) => Promise<T>): Promise<T> {
  const { roomId } = requireRoom(room.actor, method);
  try {
    return await run(roomId);
  } catch (error) {
    throw toTrtcSmartError(error);
  }
}

/** The methods built from METHODS: all but the streams, the snapshot and the actor. */
type TableMethod = Exclude<
  keyof LiveRoom,
  'events$' | 'linkMicEvents$' | 'roomPKEvents$' | 'state$' | 'getSnapshot' | 'actor'
>;

/**
 * Each method, given its instance, the app's params and its own name (for messages). Params are
 * parsed first: bad input is rejected before any state is looked at.
 */
const METHODS: {
  readonly [M in TableMethod]: (room: Room, params: unknown, method: M) => ReturnType<LiveRoom[M]>;
} = {
  login: (room, params, method) => command(room, method, { type: 'LOGIN', params: parseLogin(params) }),
  logout: (room, _, method) => command(room, method, { type: 'LOGOUT' }),
  setSelfProfile: (room, params, method) => {
    const profile = parseProfile(params);
    return device(room, method, { type: 'PROFILE_CHANGED', ...profile }, () =>
      room.adapter.liveSignaling.setSelfProfile(profile),
    );
  },
  createRoom: (room, params, method) =>
    command(room, method, { type: 'CREATE_ROOM', ...parseCreateRoom(params) }),
  destroyRoom: (room, _, method) => command(room, method, { type: 'DESTROY_ROOM' }),
  enterRoom: (room, params, method) =>
    command(room, method, { type: 'ENTER_ROOM', roomId: parseRoomId(params, method) }),
  exitRoom: (room, _, method) => command(room, method, { type: 'EXIT_ROOM' }),
  getRoomInfos: async (room, params, method) => {
    const roomIds = parseRoomIdList(params);
    requireLogin(room.actor, method);
    const records = await room.adapter.liveSignaling.getRoomInfos({ roomIds }).catch((e: unknown) => {
      throw toTrtcSmartError(e);
    });
    return { roomList: records.map(toRoomInfo) };
  },
  getAnchorList: async (room, _, method) => ({
    userList: requireRoom(room.actor, method).record.state.anchors.map(anchorUserInfo),
  }),
  getAudienceList: (room, _, method) =>
    inRoom(room, method, async (roomId) => {
      const { record } = currentRoom(contextOf(room));
      const anchors = new Set([record.ownerId, ...record.state.anchors.map((a) => a.userId)]);
      const members = await room.adapter.liveSignaling.getMembers({ roomId });
      return { userList: members.filter((m) => !anchors.has(m.userId)) };
    }),
  startCameraPreview: (room, params, method) => {
    const { isFront, view } = parseCameraView(params, method, room.adapter.views);
    const event = { type: 'CAMERA_CHANGED', camera: isFront ? 'front' : 'back' } as const;
    return device(room, method, event, () => room.adapter.liveMedia.startCameraPreview({ isFront, view }));
  },
  stopCameraPreview: (room, _, method) =>
    device(room, method, { type: 'CAMERA_CHANGED', camera: 'off' }, () =>
      room.adapter.liveMedia.stopCameraPreview(),
    ),
  startPublish: (room, params, method) => {
    const streamId = parseStreamId(params);
    const media = room.adapter.liveMedia;
    return device(room, method, { type: 'PUBLISHED', streamId }, async () => {
      if (isAudience(room)) await media.switchRole({ role: 'anchor' });
      await media.startPublish({ streamId });
    });
  },
  stopPublish: (room, _, method) => {
    const media = room.adapter.liveMedia;
    const streamId = contextOf(room).room?.streamId ?? '';
    return device(
      room,
      method,
      { type: 'UNPUBLISHED' },
      async () => {
        await media.stopPublish();
        if (isAudience(room)) await media.switchRole({ role: 'audience' });
      },
      // Overtaken (a PK request came in): a stream the room's state still holds goes on.
      async () => {
        const snapshot = room.actor.getSnapshot();
        if (snapshot.matches({ loggedIn: 'room' }) && snapshot.context.room?.streamId === streamId)
          await media.startPublish({ streamId });
      },
    );
  },
  startPlay: (room, params, method) => {
    const { userId, view } = parseUserView(params, method, room.adapter.views);
    return inRoom(room, method, () => room.adapter.liveMedia.startPlay({ userId, view }));
  },
  stopPlay: (room, params, method) => {
    const userId = parseUserId(params, method);
    return inRoom(room, method, () => room.adapter.liveMedia.stopPlay({ userId }));
  },
  requestJoinAnchor: (room, params, method) =>
    command(room, method, { type: 'REQUEST_JOIN_ANCHOR', reason: parseReason(params, method) }),
  responseJoinAnchor: (room, params, method) => {
    const { userId, isAgree, reason } = parseResponse(params, method);
    return command(room, method, { type: 'RESPOND_JOIN_ANCHOR', userId, accept: isAgree, reason });
  },
  kickoutJoinAnchor: (room, params, method) =>
    command(room, method, { type: 'KICKOUT_JOIN_ANCHOR', userId: parseUserId(params, method) }),
  requestRoomPK: (room, params, method) =>
    command(room, method, { type: 'REQUEST_ROOM_PK', ...parseRoomPK(params, contextOf(room).userId) }),
  responseRoomPK: (room, params, method) => {
    const { userId, isAgree, reason } = parseResponse(params, method);
    return command(room, method, { type: 'RESPOND_ROOM_PK', userId, accept: isAgree, reason });
  },
  quitRoomPK: (room, _, method) => command(room, method, { type: 'QUIT_ROOM_PK' }),
  switchCamera: (room, _, method) => {
    const camera = contextOf(room).devices.camera;
    const event = { type: 'CAMERA_CHANGED', camera: camera === 'front' ? 'back' : 'front' } as const;
    return device(room, method, event, async () => {
      if (camera === 'off') {
        throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: the camera preview is not on`);
      }
      await room.adapter.liveMedia.switchCamera({ isFront: event.camera === 'front' });
    });
  },
  setMirror: (room, params, method) => {
    const isMirror = parseFlag(params, method, 'isMirror');
    return device(room, method, { type: 'MIRROR_CHANGED', mirror: isMirror }, () =>
      room.adapter.liveMedia.setMirror({ isMirror }),
    );
  },
  muteLocalAudio: (room, params, method) => {
    const isMute = parseFlag(params, method, 'isMute');
    return device(room, method, { type: 'MIC_CHANGED', micMuted: isMute }, () =>
      room.adapter.liveMedia.muteLocalAudio({ isMute }),
    );
  },
  muteRemoteAudio: (room, params, method) => {
    const input = parseRemoteMute(params);
    return inRoom(room, method, () => room.adapter.liveMedia.muteRemoteAudio(input));
  },
  muteAllRemoteAudio: (room, params, method) => {
    const isMute = parseFlag(params, method, 'isMute');
    return inRoom(room, method, () => room.adapter.liveMedia.muteAllRemoteAudio({ isMute }));
  },
  sendRoomTextMsg: (room, params, method) => {
    const text = parseTextMessage(params);
    return inRoom(room, method, (roomId) =>
      room.adapter.liveSignaling.sendRoomMessage({ roomId, message: { kind: 'text', text } }),
    );
  },
  destroy: async (room, _, method) => {
    if (!isRunning(room.actor)) return;
    await command(room, method, { type: 'DESTROY' });
    await room.effects.settle(); // the last signals and the logout have run when destroy resolves
    room.actor.stop();
    room.portEvents.unsubscribe();
    room.ops.rejectAll();
    room.events.complete();
    room.linkMic?.complete();
    room.roomPK?.complete();
    room.state.complete();
  },
  sendRoomCustomMsg: (room, params, method) => {
    const { cmd, msg } = parseCustomMessage(params);
    return inRoom(room, method, (roomId) =>
      room.adapter.liveSignaling.sendRoomMessage({ roomId, message: { kind: 'custom', cmd, message: msg } }),
    );
  },
};

installMethods(LiveRoomInstance.prototype, METHODS);
defineOnFirstRead(LiveRoomInstance.prototype as Room, 'getSnapshot', (room) => () => room.state.getValue());

/** Creates a live-room user (the seed's `liveRoom` object as promises and streams) over a platform adapter. */
export function createLiveRoom<View>(
  options: LiveRoomOptions<View> & { readonly media: MediaControls },
): LiveRoomWithMedia<View>;
export function createLiveRoom<View>(options: LiveRoomOptions<View>): LiveRoom<View>;
export function createLiveRoom<View>(
  options: LiveRoomOptions<View>,
): LiveRoom<View> | LiveRoomWithMedia<View> {
  return new LiveRoomInstance(options) as LiveRoomInstance<View> &
    Pick<LiveRoom<View>, TableMethod | 'getSnapshot'>;
}
