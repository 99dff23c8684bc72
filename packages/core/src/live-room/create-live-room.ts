import type { Observable, Subscription } from 'rxjs';
import { type Actor, createActor } from 'xstate';
import { parseLogin } from '../calling/calling-params.js';
import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import { anchorUserInfo, type RoomInfo, toRoomInfo, type UserInfo } from '../domain/room-info.js';
import { DEFAULT_LIVE_REQUEST_TIMEOUT_SEC } from '../domain/rules.js';
import { runDeviceCommand, sendCommand } from '../machine/commands.js';
import { createEffectRunner } from '../machine/effects.js';
import { attempt, OpRegistry } from '../machine/ops.js';
import { EventHub, ValueHub } from '../ports/event-hub.js';
import type { LiveRoomAdapter } from '../ports/live-room-adapter.js';
import type { LoginParams } from '../ports/session.port.js';
import type { LiveCommand, LiveMachineEvent } from './live-machine-events.js';
import { currentRoom } from './live-room-context.js';
import { type LiveRoomMachine, liveRoomMachine } from './live-room-machine.js';
import {
  type CameraPreviewParams,
  type CreateRoomParams,
  type CustomMessageParams,
  type EnterRoomParams,
  type GetRoomInfosParams,
  type PlayParams,
  parseCreateRoom,
  parseCustomMessage,
  parseFlagOf,
  parsePlay,
  parsePreview,
  parseProfile,
  parseReason,
  parseRemoteMute,
  parseResponse,
  parseRoomId,
  parseRoomIdList,
  parseRoomPK,
  parseStreamId,
  parseTextMessage,
  parseUserIdOf,
  type ResponseParams,
  type RoomPKParams,
  type SelfProfileParams,
} from './live-room-params.js';
import { type LiveRoomState, liveRoomStateOf, liveStatusOf } from './live-room-state.js';
import { subscribePortEvents } from './port-events.js';

export interface LiveRoomOptions<View> {
  readonly adapter: LiveRoomAdapter<View>;
  /** Seconds a link-mic or PK request waits for its answer. Default 10. */
  readonly requestTimeoutSec?: number;
}

/** The typed live-room API: a promise per seed method, the seed's events, and the state. */
export interface LiveRoom<View = unknown> {
  login(params: LoginParams): Promise<void>;
  logout(): Promise<void>;
  setSelfProfile(params: SelfProfileParams): Promise<void>;
  /** Anchor: creates the room and enters it as its owner. */
  createRoom(params: CreateRoomParams): Promise<void>;
  /** Owner anchor: ends PK, leaves and dismisses the room; the audience gets onRoomDestroy. */
  destroyRoom(): Promise<void>;
  /** Audience: enters a room. */
  enterRoom(params: EnterRoomParams): Promise<void>;
  /** Audience (co-hosts too): leaves the room. */
  exitRoom(): Promise<void>;
  getRoomInfos(params: GetRoomInfosParams): Promise<{ roomList: RoomInfo[] }>;
  getAnchorList(): Promise<{ userList: UserInfo[] }>;
  getAudienceList(): Promise<{ userList: UserInfo[] }>;
  startCameraPreview(params: CameraPreviewParams<View>): Promise<void>;
  stopCameraPreview(): Promise<void>;
  /** The owner anchor goes live, or an accepted co-host starts publishing. */
  startPublish(params: { readonly streamId: string }): Promise<void>;
  stopPublish(): Promise<void>;
  startPlay(params: PlayParams<View>): Promise<void>;
  stopPlay(params: { readonly userId: string }): Promise<void>;
  /** Audience: asks the owner to co-host; the answer arrives on linkMicEvents$. */
  requestJoinAnchor(params: { readonly reason: string }): Promise<void>;
  responseJoinAnchor(params: ResponseParams): Promise<void>;
  kickoutJoinAnchor(params: { readonly userId: string }): Promise<void>;
  /** Owner anchor: asks another room's anchor for PK; the answer arrives on roomPKEvents$. */
  requestRoomPK(params: RoomPKParams): Promise<void>;
  responseRoomPK(params: ResponseParams): Promise<void>;
  quitRoomPK(): Promise<void>;
  /** Toggles front and back. */
  switchCamera(): Promise<void>;
  setMirror(params: { readonly isMirror: boolean }): Promise<void>;
  muteLocalAudio(params: { readonly isMute: boolean }): Promise<void>;
  muteRemoteAudio(params: { readonly userId: string; readonly isMute: boolean }): Promise<void>;
  muteAllRemoteAudio(params: { readonly isMute: boolean }): Promise<void>;
  sendRoomTextMsg(params: { readonly msg: string }): Promise<void>;
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
  getSnapshot(): LiveRoomState;
  /** The XState actor, for inspection and visualisation. */
  readonly actor: Actor<LiveRoomMachine>;
}

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

const isActive = (actor: LiveActor) => actor.getSnapshot().status === 'active';

function refuse(actor: LiveActor, method: string, rule: string): never {
  const status = liveStatusOf(actor.getSnapshot());
  if (status === 'loggedOut' && method !== 'login') {
    throw new TrtcSmartError(ErrorCode.NOT_LOGGED_IN, `${method}: log in first`);
  }
  throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: not allowed while ${status} (${rule})`);
}

function checkAlive(actor: LiveActor, method: string): void {
  if (!isActive(actor))
    throw new TrtcSmartError(ErrorCode.DESTROYED, `${method}: the instance was destroyed`);
}

/** Rejects, changing nothing, unless the machine takes this event in its current state. */
function assertAllowed(actor: LiveActor, method: string, event: LiveMachineEvent): void {
  checkAlive(actor, method);
  if (!actor.getSnapshot().can(event)) refuse(actor, method, ROLE_RULES[method] ?? 'not in this state');
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
  next.pkPartner !== prev.pkPartner;

/**
 * One createLiveRoom instance. Its methods live on the prototype, not as closures per instance: a
 * page (or a test) with 10,000 audience instances pays for them once. Read off an instance they come
 * bound (see bindOnRead below), so `const { login } = liveRoom` keeps working. Its fields are
 * internal (createLiveRoom returns the LiveRoom interface); plain fields rather than `#private`
 * ones, which an ES2020 build lowers to WeakMap helpers on every access.
 */
class LiveRoomInstance<View> implements LiveRoom<View> {
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
    const { adapter } = options;
    const requestTimeoutSec = options.requestTimeoutSec ?? DEFAULT_LIVE_REQUEST_TIMEOUT_SEC;
    if (!Number.isFinite(requestTimeoutSec) || requestTimeoutSec <= 0) {
      throw new TrtcSmartError(ErrorCode.INVALID_PARAMETER, 'requestTimeoutSec: must be a number > 0');
    }
    this.adapter = adapter;
    const actor = createActor(liveRoomMachine, {
      input: { adapter: adapter as LiveRoomAdapter, effects: this.effects, requestTimeoutSec },
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

  getSnapshot(): LiveRoomState {
    return this.state.getValue();
  }

  // Methods parse their input first: bad input is rejected before any state is looked at.
  login(params: LoginParams): Promise<void> {
    return attempt(() => {
      const input = parseLogin(params);
      return command(this, 'login', (opId) => ({ type: 'LOGIN', opId, params: input }));
    });
  }

  logout(): Promise<void> {
    return attempt(() => command(this, 'logout', (opId) => ({ type: 'LOGOUT', opId })));
  }

  setSelfProfile(params: SelfProfileParams): Promise<void> {
    return attempt(() => {
      const profile = parseProfile(params);
      return device(this, 'setSelfProfile', { type: 'PROFILE_CHANGED', ...profile }, () =>
        this.adapter.liveSignaling.setSelfProfile(profile),
      );
    });
  }

  createRoom(params: CreateRoomParams): Promise<void> {
    return attempt(() => {
      const input = parseCreateRoom(params);
      return command(this, 'createRoom', (opId) => ({ type: 'CREATE_ROOM', opId, ...input }));
    });
  }

  destroyRoom(): Promise<void> {
    return attempt(() => command(this, 'destroyRoom', (opId) => ({ type: 'DESTROY_ROOM', opId })));
  }

  enterRoom(params: EnterRoomParams): Promise<void> {
    return attempt(() => {
      const roomId = parseRoomId(params, 'enterRoom');
      return command(this, 'enterRoom', (opId) => ({ type: 'ENTER_ROOM', opId, roomId }));
    });
  }

  exitRoom(): Promise<void> {
    return attempt(() => command(this, 'exitRoom', (opId) => ({ type: 'EXIT_ROOM', opId })));
  }

  getRoomInfos(params: GetRoomInfosParams): Promise<{ roomList: RoomInfo[] }> {
    return attempt(async () => {
      const roomIds = parseRoomIdList(params);
      requireLogin(this.actor, 'getRoomInfos');
      const records = await this.adapter.liveSignaling.getRoomInfos({ roomIds }).catch((e: unknown) => {
        throw toTrtcSmartError(e);
      });
      return { roomList: records.map(toRoomInfo) };
    });
  }

  getAnchorList(): Promise<{ userList: UserInfo[] }> {
    return attempt(async () => ({
      userList: requireRoom(this.actor, 'getAnchorList').record.state.anchors.map(anchorUserInfo),
    }));
  }

  getAudienceList(): Promise<{ userList: UserInfo[] }> {
    return attempt(() =>
      inRoom(this, 'getAudienceList', async (roomId) => {
        const room = currentRoom(contextOf(this));
        const anchors = new Set([room.record.ownerId, ...room.record.state.anchors.map((a) => a.userId)]);
        const members = await this.adapter.liveSignaling.getMembers({ roomId });
        return { userList: members.filter((m) => !anchors.has(m.userId)) };
      }),
    );
  }

  startCameraPreview(params: CameraPreviewParams<View>): Promise<void> {
    return attempt(() => {
      const { isFront, view } = parsePreview(params, this.adapter.views);
      const event = { type: 'CAMERA_CHANGED', camera: isFront ? 'front' : 'back' } as const;
      return device(this, 'startCameraPreview', event, () =>
        this.adapter.liveMedia.startCameraPreview({ isFront, view }),
      );
    });
  }

  stopCameraPreview(): Promise<void> {
    return attempt(() =>
      device(this, 'stopCameraPreview', { type: 'CAMERA_CHANGED', camera: 'off' }, () =>
        this.adapter.liveMedia.stopCameraPreview(),
      ),
    );
  }

  startPublish(params: { readonly streamId: string }): Promise<void> {
    return attempt(() => {
      const streamId = parseStreamId(params);
      const media = this.adapter.liveMedia;
      return device(this, 'startPublish', { type: 'PUBLISHED', streamId }, async () => {
        if (isAudience(this)) await media.switchRole({ role: 'anchor' });
        await media.startPublish({ streamId });
      });
    });
  }

  stopPublish(): Promise<void> {
    const media = this.adapter.liveMedia;
    return attempt(() =>
      device(this, 'stopPublish', { type: 'UNPUBLISHED' }, async () => {
        await media.stopPublish();
        if (isAudience(this)) await media.switchRole({ role: 'audience' });
      }),
    );
  }

  startPlay(params: PlayParams<View>): Promise<void> {
    return attempt(() => {
      const { userId, view } = parsePlay(params, this.adapter.views);
      return inRoom(this, 'startPlay', () => this.adapter.liveMedia.startPlay({ userId, view }));
    });
  }

  stopPlay(params: { readonly userId: string }): Promise<void> {
    return attempt(() => {
      const userId = parseUserIdOf(params, 'stopPlay');
      return inRoom(this, 'stopPlay', () => this.adapter.liveMedia.stopPlay({ userId }));
    });
  }

  requestJoinAnchor(params: { readonly reason: string }): Promise<void> {
    return attempt(() => {
      const reason = parseReason(params, 'requestJoinAnchor');
      return command(this, 'requestJoinAnchor', (opId) => ({ type: 'REQUEST_JOIN_ANCHOR', opId, reason }));
    });
  }

  responseJoinAnchor(params: ResponseParams): Promise<void> {
    return attempt(() => {
      const { userId, isAgree, reason } = parseResponse(params, 'responseJoinAnchor');
      return command(this, 'responseJoinAnchor', (opId) => ({
        type: 'RESPOND_JOIN_ANCHOR',
        opId,
        userId,
        accept: isAgree,
        reason,
      }));
    });
  }

  kickoutJoinAnchor(params: { readonly userId: string }): Promise<void> {
    return attempt(() => {
      const userId = parseUserIdOf(params, 'kickoutJoinAnchor');
      return command(this, 'kickoutJoinAnchor', (opId) => ({ type: 'KICKOUT_JOIN_ANCHOR', opId, userId }));
    });
  }

  requestRoomPK(params: RoomPKParams): Promise<void> {
    return attempt(() => {
      const { roomId, userId } = parseRoomPK(params, contextOf(this).userId);
      return command(this, 'requestRoomPK', (opId) => ({ type: 'REQUEST_ROOM_PK', opId, roomId, userId }));
    });
  }

  responseRoomPK(params: ResponseParams): Promise<void> {
    return attempt(() => {
      const { userId, isAgree, reason } = parseResponse(params, 'responseRoomPK');
      return command(this, 'responseRoomPK', (opId) => ({
        type: 'RESPOND_ROOM_PK',
        opId,
        userId,
        accept: isAgree,
        reason,
      }));
    });
  }

  quitRoomPK(): Promise<void> {
    return attempt(() => command(this, 'quitRoomPK', (opId) => ({ type: 'QUIT_ROOM_PK', opId })));
  }

  switchCamera(): Promise<void> {
    return attempt(() => {
      const camera = contextOf(this).devices.camera;
      const event = { type: 'CAMERA_CHANGED', camera: camera === 'front' ? 'back' : 'front' } as const;
      return device(this, 'switchCamera', event, async () => {
        if (camera === 'off') {
          throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'switchCamera: the camera preview is not on');
        }
        await this.adapter.liveMedia.switchCamera({ isFront: event.camera === 'front' });
      });
    });
  }

  setMirror(params: { readonly isMirror: boolean }): Promise<void> {
    return attempt(() => {
      const isMirror = parseFlagOf(params, 'setMirror', 'isMirror');
      return device(this, 'setMirror', { type: 'MIRROR_CHANGED', mirror: isMirror }, () =>
        this.adapter.liveMedia.setMirror({ isMirror }),
      );
    });
  }

  muteLocalAudio(params: { readonly isMute: boolean }): Promise<void> {
    return attempt(() => {
      const isMute = parseFlagOf(params, 'muteLocalAudio', 'isMute');
      return device(this, 'muteLocalAudio', { type: 'MIC_CHANGED', muted: isMute }, () =>
        this.adapter.liveMedia.muteLocalAudio({ isMute }),
      );
    });
  }

  muteRemoteAudio(params: { readonly userId: string; readonly isMute: boolean }): Promise<void> {
    return attempt(() => {
      const input = parseRemoteMute(params);
      return inRoom(this, 'muteRemoteAudio', () => this.adapter.liveMedia.muteRemoteAudio(input));
    });
  }

  muteAllRemoteAudio(params: { readonly isMute: boolean }): Promise<void> {
    return attempt(() => {
      const isMute = parseFlagOf(params, 'muteAllRemoteAudio', 'isMute');
      return inRoom(this, 'muteAllRemoteAudio', () => this.adapter.liveMedia.muteAllRemoteAudio({ isMute }));
    });
  }

  sendRoomTextMsg(params: { readonly msg: string }): Promise<void> {
    return attempt(() => {
      const text = parseTextMessage(params);
      return inRoom(this, 'sendRoomTextMsg', (roomId) =>
        this.adapter.liveSignaling.sendRoomMessage({ roomId, message: { kind: 'text', text } }),
      );
    });
  }

  sendRoomCustomMsg(params: CustomMessageParams): Promise<void> {
    return attempt(() => {
      const { cmd, msg } = parseCustomMessage(params);
      return inRoom(this, 'sendRoomCustomMsg', (roomId) =>
        this.adapter.liveSignaling.sendRoomMessage({
          roomId,
          message: { kind: 'custom', cmd, message: msg },
        }),
      );
    });
  }

  async destroy(): Promise<void> {
    if (!isActive(this.actor)) return;
    await command(this, 'destroy', (opId) => ({ type: 'DESTROY', opId }));
    await this.effects.settle(); // the last signals and the logout have run when destroy resolves
    this.actor.stop();
    this.portEvents.unsubscribe();
    this.ops.rejectAll();
    this.events.complete();
    this.linkMic?.complete();
    this.roomPK?.complete();
    this.state.complete();
  }
}

/** A request listener; one first read after destroy is complete at once, as the others are. */
function listener(room: LiveRoomInstance<unknown>): EventHub<RequestOutcomeEvent> {
  const hub = new EventHub<RequestOutcomeEvent>();
  if (room.events.isStopped) hub.complete();
  return hub;
}

const contextOf = (room: LiveRoomInstance<unknown>) => room.actor.getSnapshot().context;

const isAudience = (room: LiveRoomInstance<unknown>): boolean =>
  room.actor.getSnapshot().matches({ loggedIn: { room: 'audience' } });

/** Sends a command and settles when the machine reports its outcome. */
function command(
  room: LiveRoomInstance<unknown>,
  method: string,
  make: (opId: number) => LiveCommand & { readonly opId: number },
): Promise<void> {
  return sendCommand(room.actor, room.ops, (m, e) => assertAllowed(room.actor, m, e), method, make);
}

/** Runs port work the machine allowed, then records its result; a failure changes nothing. */
function device(
  room: LiveRoomInstance<unknown>,
  method: string,
  event: LiveMachineEvent,
  run: () => Promise<void>,
): Promise<void> {
  return runDeviceCommand(
    room.actor,
    (m, e) => assertAllowed(room.actor, m, e),
    'the room changed',
    method,
    event,
    run,
  );
}

/** Port work that changes no machine state, allowed inside a room. */
async function inRoom<T>(
  room: LiveRoomInstance<unknown>,
  method: string,
  run: (roomId: number) => Promise<T>,
): Promise<T> {
  const { roomId } = requireRoom(room.actor, method);
  try {
    return await run(roomId);
  } catch (error) {
    throw toTrtcSmartError(error);
  }
}

/**
 * Turns each method into a getter that binds it to the instance it is read from:
 * `const { login } = liveRoom` and callbacks such as `onClick={room.exitRoom}` work as they did
 * when the methods were closures per instance, and `room.login === room.login`.
 */
function bindOnRead(prototype: object, names: readonly string[]): void {
  for (const name of names) {
    const method = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(prototype, name, {
      configurable: true,
      get(this: object) {
        // Bound once, on the first read, and kept on the instance: the same function every time
        // after that, and only the methods an app uses cost it memory.
        const bound = method.bind(this);
        Object.defineProperty(this, name, { value: bound, configurable: true, writable: true });
        return bound;
      },
    });
  }
}

bindOnRead(
  LiveRoomInstance.prototype,
  Object.getOwnPropertyNames(LiveRoomInstance.prototype).filter((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(LiveRoomInstance.prototype, name);
    return name !== 'constructor' && typeof descriptor?.value === 'function';
  }),
);

export function createLiveRoom<View>(options: LiveRoomOptions<View>): LiveRoom<View> {
  return new LiveRoomInstance(options);
}
