import {
  parseCameraView,
  parseFlag,
  parseLogin,
  parseUserId,
  parseUserView,
} from '../domain/common-params.js';
import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import { anchorUserInfo, toRoomInfo } from '../domain/room-info.js';
import {
  alreadyLoggedIn,
  destroyedError,
  notAllowedError,
  runDeviceCommand,
  sendCommand,
  type WithoutOpId,
} from '../machine/commands.js';
import { isRunning } from '../machine/prefixed.js';
import type { LiveCommand, LiveMachineEvent } from './live-machine-events.js';
import type { LiveRoom, TableMethod } from './live-room-api.js';
import { currentRoom } from './live-room-context.js';
import type { LiveActor, Room } from './live-room-instance.js';
import {
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
} from './live-room-params.js';
import { liveStatusOf } from './live-room-state.js';

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

/**
 * Each method, given its instance, the app's params and its own name (for messages). Params are
 * parsed first: bad input is rejected before any state is looked at.
 */
export const METHODS: {
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
