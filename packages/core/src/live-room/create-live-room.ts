import { BehaviorSubject, type Observable, Subject } from 'rxjs';
import { type Actor, createActor } from 'xstate';
import { parseLogin } from '../calling/calling-params.js';
import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import { anchorUserInfo, type RoomInfo, toRoomInfo, type UserInfo } from '../domain/room-info.js';
import { DEFAULT_LIVE_REQUEST_TIMEOUT_SEC } from '../domain/rules.js';
import { commandRunner } from '../machine/commands.js';
import { createEffectRunner } from '../machine/effects.js';
import { attempt, OpRegistry } from '../machine/ops.js';
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
import { roomMessageEvent } from './room-messages.js';

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

export function createLiveRoom<View>(options: LiveRoomOptions<View>): LiveRoom<View> {
  const { adapter } = options;
  const requestTimeoutSec = options.requestTimeoutSec ?? DEFAULT_LIVE_REQUEST_TIMEOUT_SEC;
  if (!Number.isFinite(requestTimeoutSec) || requestTimeoutSec <= 0) {
    throw new TrtcSmartError(ErrorCode.INVALID_PARAMETER, 'requestTimeoutSec: must be a number > 0');
  }
  const effects = createEffectRunner();
  const actor = createActor(liveRoomMachine, {
    input: { adapter: adapter as LiveRoomAdapter, effects, requestTimeoutSec },
    // XState calls it as a method, so the port object serves as is.
    clock: adapter.clock,
  });
  const events = new Subject<LiveRoomEvent>();
  const linkMic = new Subject<RequestOutcomeEvent>();
  const roomPK = new Subject<RequestOutcomeEvent>();
  const ops = new OpRegistry();
  actor.on('live', ({ event }) => events.next(event));
  actor.on('linkMic', ({ event }) => linkMic.next(event));
  actor.on('roomPK', ({ event }) => roomPK.next(event));
  actor.on('op', (settled) => ops.settle(settled));

  const state = new BehaviorSubject<LiveRoomState>(liveRoomStateOf(actor.getSnapshot()));
  actor.subscribe((snapshot) => {
    const next = liveRoomStateOf(snapshot);
    const prev = state.getValue();
    if (
      next.status !== prev.status ||
      next.room !== prev.room ||
      next.devices !== prev.devices ||
      next.userId !== prev.userId ||
      next.incoming !== prev.incoming ||
      next.pkPartner !== prev.pkPartner
    ) {
      state.next(next);
    }
  });
  actor.start();
  const isActive = () => actor.getSnapshot().status === 'active';
  const portEvents = subscribePortEvents(
    adapter as LiveRoomAdapter,
    (event) => {
      if (isActive()) actor.send(event);
    },
    (message) => {
      if (actor.getSnapshot().context.room?.roomId === message.roomId) events.next(roomMessageEvent(message));
    },
  );

  const isDestroyed = () => !isActive();
  const refuse = (method: string, rule: string): never => {
    const status = liveStatusOf(actor.getSnapshot());
    if (status === 'loggedOut' && method !== 'login') {
      throw new TrtcSmartError(ErrorCode.NOT_LOGGED_IN, `${method}: log in first`);
    }
    throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: not allowed while ${status} (${rule})`);
  };
  const checkAlive = (method: string) => {
    if (isDestroyed()) throw new TrtcSmartError(ErrorCode.DESTROYED, `${method}: the instance was destroyed`);
  };
  /** Rejects, changing nothing, unless the machine takes this event in its current state. */
  const assertAllowed = (method: string, event: LiveMachineEvent): void => {
    checkAlive(method);
    if (!actor.getSnapshot().can(event)) refuse(method, ROLE_RULES[method] ?? 'not in this state');
  };
  const requireRoom = (method: string) => {
    checkAlive(method);
    const snapshot = actor.getSnapshot();
    if (!snapshot.matches({ loggedIn: 'room' })) refuse(method, ROLE_RULES.inRoom as string);
    return currentRoom(snapshot.context);
  };
  const requireLogin = (method: string) => {
    checkAlive(method);
    if (!actor.getSnapshot().matches('loggedIn')) refuse(method, 'log in first');
  };

  const { command, device } = commandRunner<LiveMachineEvent, LiveCommand>(
    actor,
    ops,
    assertAllowed,
    'the room changed',
  );

  /** Port work that changes no machine state, allowed inside a room. */
  const inRoom = async <T>(method: string, run: (roomId: number) => Promise<T>): Promise<T> => {
    const { roomId } = requireRoom(method);
    try {
      return await run(roomId);
    } catch (error) {
      throw toTrtcSmartError(error);
    }
  };

  const context = () => actor.getSnapshot().context;
  const isAudience = () => actor.getSnapshot().matches({ loggedIn: { room: 'audience' } });
  const { liveSignaling: signaling, liveMedia: media } = adapter;

  // Methods parse their input first: bad input is rejected before any state is looked at.
  const api: LiveRoom<View> = {
    login: (params) =>
      attempt(() => {
        const input = parseLogin(params);
        return command('login', (opId) => ({ type: 'LOGIN', opId, params: input }));
      }),
    logout: () => attempt(() => command('logout', (opId) => ({ type: 'LOGOUT', opId }))),
    setSelfProfile: (params) =>
      attempt(() => {
        const profile = parseProfile(params);
        return device('setSelfProfile', { type: 'PROFILE_CHANGED', ...profile }, () =>
          signaling.setSelfProfile(profile),
        );
      }),
    createRoom: (params) =>
      attempt(() => {
        const input = parseCreateRoom(params);
        return command('createRoom', (opId) => ({ type: 'CREATE_ROOM', opId, ...input }));
      }),
    destroyRoom: () => attempt(() => command('destroyRoom', (opId) => ({ type: 'DESTROY_ROOM', opId }))),
    enterRoom: (params) =>
      attempt(() => {
        const roomId = parseRoomId(params, 'enterRoom');
        return command('enterRoom', (opId) => ({ type: 'ENTER_ROOM', opId, roomId }));
      }),
    exitRoom: () => attempt(() => command('exitRoom', (opId) => ({ type: 'EXIT_ROOM', opId }))),
    getRoomInfos: (params) =>
      attempt(async () => {
        const roomIds = parseRoomIdList(params);
        requireLogin('getRoomInfos');
        const records = await signaling.getRoomInfos({ roomIds }).catch((e: unknown) => {
          throw toTrtcSmartError(e);
        });
        return { roomList: records.map(toRoomInfo) };
      }),
    getAnchorList: () =>
      attempt(async () => ({
        userList: requireRoom('getAnchorList').record.state.anchors.map(anchorUserInfo),
      })),
    getAudienceList: () =>
      attempt(() =>
        inRoom('getAudienceList', async (roomId) => {
          const room = currentRoom(context());
          const anchors = new Set([room.record.ownerId, ...room.record.state.anchors.map((a) => a.userId)]);
          const members = await signaling.getMembers({ roomId });
          return { userList: members.filter((m) => !anchors.has(m.userId)) };
        }),
      ),
    startCameraPreview: (params) =>
      attempt(() => {
        const { isFront, view } = parsePreview(params, adapter.views);
        const event = { type: 'CAMERA_CHANGED', camera: isFront ? 'front' : 'back' } as const;
        return device('startCameraPreview', event, () => media.startCameraPreview({ isFront, view }));
      }),
    stopCameraPreview: () =>
      attempt(() =>
        device('stopCameraPreview', { type: 'CAMERA_CHANGED', camera: 'off' }, () =>
          media.stopCameraPreview(),
        ),
      ),
    startPublish: (params) =>
      attempt(() => {
        const streamId = parseStreamId(params);
        return device('startPublish', { type: 'PUBLISHED', streamId }, async () => {
          if (isAudience()) await media.switchRole({ role: 'anchor' });
          await media.startPublish({ streamId });
        });
      }),
    stopPublish: () =>
      attempt(() =>
        device('stopPublish', { type: 'UNPUBLISHED' }, async () => {
          await media.stopPublish();
          if (isAudience()) await media.switchRole({ role: 'audience' });
        }),
      ),
    startPlay: (params) =>
      attempt(() => {
        const { userId, view } = parsePlay(params, adapter.views);
        return inRoom('startPlay', () => media.startPlay({ userId, view }));
      }),
    stopPlay: (params) =>
      attempt(() => {
        const userId = parseUserIdOf(params, 'stopPlay');
        return inRoom('stopPlay', () => media.stopPlay({ userId }));
      }),
    requestJoinAnchor: (params) =>
      attempt(() => {
        const reason = parseReason(params, 'requestJoinAnchor');
        return command('requestJoinAnchor', (opId) => ({ type: 'REQUEST_JOIN_ANCHOR', opId, reason }));
      }),
    responseJoinAnchor: (params) =>
      attempt(() => {
        const { userId, isAgree, reason } = parseResponse(params, 'responseJoinAnchor');
        return command('responseJoinAnchor', (opId) => ({
          type: 'RESPOND_JOIN_ANCHOR',
          opId,
          userId,
          accept: isAgree,
          reason,
        }));
      }),
    kickoutJoinAnchor: (params) =>
      attempt(() => {
        const userId = parseUserIdOf(params, 'kickoutJoinAnchor');
        return command('kickoutJoinAnchor', (opId) => ({ type: 'KICKOUT_JOIN_ANCHOR', opId, userId }));
      }),
    requestRoomPK: (params) =>
      attempt(() => {
        const { roomId, userId } = parseRoomPK(params, context().userId);
        return command('requestRoomPK', (opId) => ({ type: 'REQUEST_ROOM_PK', opId, roomId, userId }));
      }),
    responseRoomPK: (params) =>
      attempt(() => {
        const { userId, isAgree, reason } = parseResponse(params, 'responseRoomPK');
        return command('responseRoomPK', (opId) => ({
          type: 'RESPOND_ROOM_PK',
          opId,
          userId,
          accept: isAgree,
          reason,
        }));
      }),
    quitRoomPK: () => attempt(() => command('quitRoomPK', (opId) => ({ type: 'QUIT_ROOM_PK', opId }))),
    switchCamera: () =>
      attempt(() => {
        const camera = context().devices.camera;
        const event = { type: 'CAMERA_CHANGED', camera: camera === 'front' ? 'back' : 'front' } as const;
        return device('switchCamera', event, async () => {
          if (camera === 'off') {
            throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'switchCamera: the camera preview is not on');
          }
          await media.switchCamera({ isFront: event.camera === 'front' });
        });
      }),
    setMirror: (params) =>
      attempt(() => {
        const isMirror = parseFlagOf(params, 'setMirror', 'isMirror');
        return device('setMirror', { type: 'MIRROR_CHANGED', mirror: isMirror }, () =>
          media.setMirror({ isMirror }),
        );
      }),
    muteLocalAudio: (params) =>
      attempt(() => {
        const isMute = parseFlagOf(params, 'muteLocalAudio', 'isMute');
        return device('muteLocalAudio', { type: 'MIC_CHANGED', muted: isMute }, () =>
          media.muteLocalAudio({ isMute }),
        );
      }),
    muteRemoteAudio: (params) =>
      attempt(() => {
        const input = parseRemoteMute(params);
        return inRoom('muteRemoteAudio', () => media.muteRemoteAudio(input));
      }),
    muteAllRemoteAudio: (params) =>
      attempt(() => {
        const isMute = parseFlagOf(params, 'muteAllRemoteAudio', 'isMute');
        return inRoom('muteAllRemoteAudio', () => media.muteAllRemoteAudio({ isMute }));
      }),
    sendRoomTextMsg: (params) =>
      attempt(() => {
        const text = parseTextMessage(params);
        return inRoom('sendRoomTextMsg', (roomId) =>
          signaling.sendRoomMessage({ roomId, message: { kind: 'text', text } }),
        );
      }),
    sendRoomCustomMsg: (params) =>
      attempt(() => {
        const { cmd, msg } = parseCustomMessage(params);
        return inRoom('sendRoomCustomMsg', (roomId) =>
          signaling.sendRoomMessage({ roomId, message: { kind: 'custom', cmd, message: msg } }),
        );
      }),
    destroy: async () => {
      if (isDestroyed()) return;
      await command('destroy', (opId) => ({ type: 'DESTROY', opId }));
      await effects.settle(); // the last signals and the logout have run when destroy resolves
      actor.stop();
      portEvents.unsubscribe();
      ops.rejectAll();
      for (const subject of [events, linkMic, roomPK]) subject.complete();
      state.complete();
    },
    events$: events.asObservable(),
    linkMicEvents$: linkMic.asObservable(),
    roomPKEvents$: roomPK.asObservable(),
    state$: state.asObservable(),
    getSnapshot: () => state.getValue(),
    actor,
  };
  return api;
}
