import { assign } from 'xstate';
import { ErrorCode, isTrtcSmartError } from '../domain/errors.js';
import { NOT_CONNECTED } from '../machine/connection.js';
import { withDevice } from '../machine/devices.js';
import { enqueueActions } from '../machine/lean-xstate.js';
import { settleOp } from '../machine/ops.js';
import { announceAgain } from './announcements.js';
import { noteEntryRelink, rejoinIfRelinked } from './entry-relink.js';
import {
  abandon,
  abandonedLeft,
  awaitOwner,
  leaveAbandoned,
  mediaLinkChanged,
  OWNER_GRACE_TIMER,
  readRoomProfile,
  reenterGroup,
  rejoinGroup,
  roomRead,
  scheduleRead,
  signalingChanged,
  tipArrived,
} from './live-connection.js';
import { type Ev, effect, type LiveAction, live } from './live-room-action-kit.js';
import { currentRoom, NO_PROFILE, NO_ROOMS, OUTSIDE_ROOM } from './live-room-context.js';
import { isRoomOwner } from './live-room-updates.js';
import { forgetLogout, logoutAnswered, oweLogout, retryLogout } from './owed-logout.js';
import { quitRoomMadeAgain } from './room-gone.js';
import { announceResumed, type RoomCreated } from './room-resumed.js';
import { quitStrayGroup } from './stray-join.js';

/**
 * The live-room machine's actions for its session: ops settled, login and profile, its links and
 * the reads that reconcile a viewer with IM, rooms given up on, an owed logout, devices and reports.
 */
export const sessionActions = {
  settleOk: enqueueActions(({ context, event, enqueue }) => settleOp.ok(enqueue, context.pendingOp, event)),
  settleFailed: enqueueActions(({ context, event, enqueue }) =>
    settleOp.failed(enqueue, context.pendingOp, event as { error?: unknown }),
  ),
  /**
   * An invoking state left for another reason than its own result: an answer proves a request was
   * sent, and `completedBy` names an event that does what the op asked for.
   */
  settleInterrupted: enqueueActions(({ context, event, enqueue }, params?: { completedBy: string }) =>
    settleOp.interrupted(
      enqueue,
      context.pendingOp,
      event.type,
      event.type.startsWith('peer.') || event.type === params?.completedBy,
    ),
  ),
  holdOp: assign({ pendingOp: ({ event }) => (event as { opId: number }).opId }),
  setUser: assign({ userId: ({ event }) => (event as Ev<'LOGIN'>).params.userId }),
  /** Rooms given up on go with the session, but those an owed logout is to dismiss first. */
  clearUser: assign({
    userId: null,
    profile: NO_PROFILE,
    ...OUTSIDE_ROOM,
    connection: NOT_CONNECTED,
    abandoned: ({ context }) => (context.logoutOwed ? context.abandoned.filter((r) => r.isOwner) : NO_ROOMS),
  }),
  signalingUp: assign({ connection: ({ context }) => ({ ...context.connection, signaling: 'connected' }) }),
  noteSignaling: enqueueActions(({ context, event, enqueue, self }, params?: { rejoin: boolean }) =>
    signalingChanged(
      enqueue,
      context,
      (event as Ev<'session.connectionChanged'>).state,
      self,
      params?.rejoin ?? true,
    ),
  ),
  noteEntryRelink: enqueueActions(({ context, event, enqueue }) =>
    noteEntryRelink(enqueue, context, (event as Ev<'session.connectionChanged'>).state),
  ),
  rejoinIfRelinked: ({ context, self }) => rejoinIfRelinked(context, self),
  announceResumed: enqueueActions(({ context, event, enqueue, self }) =>
    announceResumed(enqueue, context, (event as unknown as { output: RoomCreated }).output, self),
  ),
  noteMediaLink: enqueueActions(({ context, event, enqueue }) =>
    mediaLinkChanged(enqueue, context, (event as Ev<'media.connectionChanged'>).state),
  ),
  awaitOwner: enqueueActions(({ context, enqueue }) => awaitOwner(enqueue, context)),
  ownerBack: enqueueActions(({ context, event, enqueue }) => {
    if (isRoomOwner(context, (event as Ev<'media.anchorEntered'>).userId)) enqueue.cancel(OWNER_GRACE_TIMER);
  }),
  /** Viewers read the room's profile every reconcileIntervalSec (see live-connection.ts). */
  startReads: enqueueActions(({ context, enqueue }) =>
    scheduleRead(enqueue, context, context.deps.reconcileIntervalSec * 1000),
  ),
  readRoom: enqueueActions(({ context, enqueue, self }) => readRoomProfile(enqueue, context, self)),
  tip: enqueueActions(({ context, enqueue }) => {
    if (!context.room?.isOwner) tipArrived(enqueue, context);
  }),
  roomRead: enqueueActions(({ context, event, enqueue }) => {
    const { record } = event as Ev<'ROOM_READ'>;
    if (record && !context.room?.isOwner) roomRead(enqueue, context, record);
  }),
  /** A leave whose IM answer was lost: the group is read (and entered) again at once. */
  rejoinGroup: enqueueActions(({ context, enqueue, self }) => rejoinGroup(enqueue, context, self)),
  /** A group re-entry whose answer was lost: entered again (see live-connection.ts). */
  reenterAgain: ({ context, self }) => reenterGroup(context, self),
  noteEntry: enqueueActions(({ context, event, enqueue }) => {
    const e = event as Ev<'CREATE_ROOM'> | Ev<'ENTER_ROOM'>;
    enqueue.assign({ entry: { roomId: e.roomId, isOwner: e.type === 'CREATE_ROOM' } });
    // Back into a room it gave up on: that one is not to be left any more.
    abandonedLeft(enqueue, context, e.roomId);
  }),
  /** An entry whose answer was lost may have joined (or created) the IM group: it is left. */
  abandonEntry: enqueueActions(({ context, event, enqueue }) => {
    const { error } = event as { error?: unknown };
    if (context.entry && isTrtcSmartError(error) && error.code === ErrorCode.NETWORK_TIMEOUT)
      abandon(enqueue, context, context.entry);
    enqueue.assign({ entry: null });
  }),
  quitRoomMadeAgain: enqueueActions(({ context, event, enqueue }) =>
    quitRoomMadeAgain(enqueue, context, event as Ev<'ROOM_READ'>),
  ),
  quitStrayGroup: enqueueActions(({ context, event, enqueue }) =>
    quitStrayGroup(enqueue, context, event as Ev<'ROOM_READ'>),
  ),
  abandonRoom: enqueueActions(({ context, enqueue }) => {
    const room = currentRoom(context);
    abandon(enqueue, context, { roomId: room.roomId, isOwner: room.isOwner });
  }),
  leaveAbandoned: enqueueActions(({ context, enqueue, self }) => leaveAbandoned(enqueue, context, self)),
  announceAgain: ({ context, event, self }) => announceAgain(context, self, event as Ev<'ANNOUNCEMENT_LOST'>),
  oweLogout: enqueueActions(({ enqueue }) => oweLogout(enqueue)),
  retryLogout: enqueueActions(({ context, enqueue, self }) => retryLogout(enqueue, context, self)),
  forgetLogout: enqueueActions(({ enqueue }) => forgetLogout(enqueue)),
  logoutAnswered: enqueueActions(({ context, event, enqueue }) =>
    logoutAnswered(enqueue, context, (event as Ev<'LOGOUT_ANSWERED'>).lost),
  ),
  abandonedLeft: enqueueActions(({ context, event, enqueue, self }) => {
    const { roomId } = event as Ev<'ABANDONED_LEFT'>;
    abandonedLeft(enqueue, context, roomId);
    // A quit that overtook this user's new entry into the same room: it enters the group again.
    if (context.room?.roomId === roomId) rejoinGroup(enqueue, context, self);
  }),
  /** The IM session ended while TRTC goes on (kicked, an expired userSig): its room is left too. */
  exitMediaIfInRoom: ({ context, self }) => {
    if (context.room) effect(context, self, () => context.deps.adapter.liveMedia.exitRoom());
  },
  setProfile: assign({
    profile: ({ context, event }) => {
      const { userName, avatarUrl } = event as Ev<'PROFILE_CHANGED'>;
      return {
        userName: userName ?? context.profile.userName,
        avatarUrl: avatarUrl ?? context.profile.avatarUrl,
      };
    },
  }),
  // --- devices ---
  setDevice: assign({
    devices: ({ context, event }) =>
      withDevice(context.devices, event as Ev<'CAMERA_CHANGED' | 'MIC_CHANGED' | 'MIRROR_CHANGED'>),
  }),
  reportEffectFailure: enqueueActions(({ event, enqueue }) => {
    const { error } = event as Ev<'EFFECT_FAILED'>;
    enqueue.emit(live({ eventType: 'onError', code: error.code, msg: error.message }));
  }),
  reportMedia: enqueueActions(({ event, enqueue }) => {
    const e = event as Ev<'media.error'> | Ev<'media.warning'> | Ev<'media.log'>;
    if (e.type === 'media.log') enqueue.emit(live({ eventType: 'onDebugLog', log: e.log }));
    else if (e.type === 'media.warning')
      enqueue.emit(live({ eventType: 'onWarning', code: e.code, msg: e.message }));
    else
      enqueue.emit(
        live({ eventType: 'onError', code: ErrorCode.ADAPTER_FAILURE, msg: `${e.message} (${e.code})` }),
      );
  }),
  /** Destroyed: log out once the room's last signals are out. */
  logoutQuietly: ({ context, self }) => {
    if (context.userId === null) return;
    const { effects, adapter } = context.deps;
    const earlier = effects.settle(); // taken now: waiting on effects that include this one would never end
    effect(context, self, () => earlier.then(() => adapter.session.logout()));
  },
} satisfies Record<string, LiveAction>;
