import { and, assign, not, or, stateIn } from 'xstate';
import { ErrorCode, isTrtcSmartError, TrtcSmartError } from '../domain/errors.js';
import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import { EMPTY_ROOM_STATE, type LiveRoomRecord, toRoomInfo, type UserInfo } from '../domain/room-info.js';
import { NOT_CONNECTED } from '../machine/connection.js';
import { withDevice } from '../machine/devices.js';
import type { EffectTarget } from '../machine/effects.js';
import { enqueueActions, setup } from '../machine/lean-xstate.js';
import { settleOp } from '../machine/ops.js';
import type { LivePeerMessage } from '../ports/live-signaling.port.js';
import { announce, announceAgain } from './announcements.js';
import { noteEntryRelink, rejoinIfRelinked } from './entry-relink.js';
import {
  abandon,
  abandonedLeft,
  awaitOwner,
  leaveAbandoned,
  mediaLinkChanged,
  OWNER_GRACE_TIMER,
  readRoomProfile,
  rejoinGroup,
  roomRead,
  scheduleRead,
  signalingChanged,
  stopRoomTimers,
  tipArrived,
} from './live-connection.js';
import type { LiveEmitted, LiveMachineEvent } from './live-machine-events.js';
import {
  createRoomLogic,
  enterRoomLogic,
  leaveRoom,
  leaveRoomLogic,
  loginLogic,
  logoutLogic,
  quitPk,
  sendPeerLogic,
} from './live-room-actors.js';
import {
  currentRoom,
  type EarlyRoomEvent,
  initialLiveRoomContext,
  type JoinedRoom,
  type LiveRoomContext,
  type LiveRoomDeps,
  NO_ANCHORS,
  NO_EVENTS,
  NO_PROFILE,
  OUTSIDE_ROOM,
} from './live-room-context.js';
import {
  isAnnouncedAnchor,
  isPartnerStreaming,
  isPkPartner,
  isRoomOwner,
  nextStateSeq,
  ownRoomState,
  sameState,
} from './live-room-updates.js';
import { forgetLogout, isAnswerLost, logoutAnswered, oweLogout, retryLogout } from './owed-logout.js';
import { isRoomGone, quitRoomMadeAgain } from './room-gone.js';
import { announceResumed, type RoomCreated, roomOfEntry } from './room-resumed.js';

type Ev<T extends LiveMachineEvent['type']> = Extract<LiveMachineEvent, { type: T }>;
type Self = EffectTarget;
type Enqueue = {
  assign(patch: Partial<LiveRoomContext>): void;
  emit(event: LiveEmitted): void;
};

const live = (event: LiveRoomEvent): LiveEmitted => ({ type: 'live', event });
const outcome = (kind: 'linkMic' | 'roomPK', event: RequestOutcomeEvent): LiveEmitted => ({
  type: kind,
  event,
});
const REFUSED_IN_PK = 'refused: the anchor is in PK';
const REFUSED_BUSY = 'refused: the anchor is answering another request';
const REFUSED_NOT_LIVE = 'refused: the anchor is not publishing';
const REFUSED_CO_HOSTING = 'refused: the anchor is co-hosting';
const TIMED_OUT = 'timeout: no answer in time';
const CANCELLED_BY_LEAVE = 'cancelled: the request was given up with a leave that failed';

const effect = (context: LiveRoomContext, self: Self, work: () => Promise<unknown>) =>
  context.deps.effects.run(self, work);

/**
 * Applies a change to the context; an owner whose derived room state changed announces it to the
 * room (and hears onRoomInfoChange itself), so the room status can never disagree with the stage.
 */
function commit(
  enqueue: Enqueue,
  self: Self,
  context: LiveRoomContext,
  patch: Partial<LiveRoomContext>,
): void {
  const next = { ...context, ...patch };
  const room = next.room;
  if (!room?.isOwner) {
    enqueue.assign(patch);
    return;
  }
  const state = ownRoomState(next);
  if (sameState(state, room.record.state)) {
    enqueue.assign(patch);
    return;
  }
  const record: LiveRoomRecord = { ...room.record, state };
  // Numbered so an older announcement the network delays never replaces this one.
  const seq = nextStateSeq(room.stateSeq, context.deps.adapter.clock.now());
  enqueue.assign({ ...patch, room: { ...room, record, stateSeq: seq } });
  announce(context, self, { roomId: room.roomId, state, seq });
  enqueue.emit(live({ eventType: 'onRoomInfoChange', roomInfo: toRoomInfo(record) }));
}

const withRoom = (context: LiveRoomContext, patch: Partial<JoinedRoom>): JoinedRoom => ({
  ...currentRoom(context),
  ...patch,
});

const peer = (context: LiveRoomContext, self: Self, userId: string, message: LivePeerMessage) =>
  effect(context, self, () => context.deps.adapter.liveSignaling.sendPeerMessage({ userId, message }));

const STAGE = '#liveRoom.loggedIn.room.anchor.stage';
const INBOX = '#liveRoom.loggedIn.room.anchor.inbox';

/**
 * The live-room machine, one definition for every instance (the adapter comes in as input, so a
 * page with thousands of simulated users builds it once). States are explicit: outside a room;
 * an owner anchor whose stage is previewing, live, linkMic, requestingPK or pk while its inbox is
 * empty or holds the one request it is answering; an audience member watching, requesting or linked.
 */
export const liveRoomMachine = setup({
  types: {
    context: {} as LiveRoomContext,
    events: {} as LiveMachineEvent,
    emitted: {} as LiveEmitted,
    input: {} as LiveRoomDeps,
  },
  actors: {
    login: loginLogic,
    logout: logoutLogic,
    createRoom: createRoomLogic,
    enterRoom: enterRoomLogic,
    leaveRoom: leaveRoomLogic,
    sendPeer: sendPeerLogic,
  },
  /** A pending link-mic or PK request's deadline, on the actor's clock (the adapter's: virtual time drives it). */
  delays: { requestTimeout: ({ context }) => context.deps.requestTimeoutSec * 1000 },
  guards: {
    forThisRoom: ({ context, event }) => context.room?.roomId === (event as { roomId: number }).roomId,
    fromOwner: ({ context, event }) => {
      const e = event as { from: UserInfo; roomId: number };
      return isRoomOwner(context, e.from.userId) && context.room?.roomId === e.roomId;
    },
    fromPkTarget: ({ context, event }) =>
      context.pkTarget?.userId === (event as { from: UserInfo }).from.userId,
    fromPkPartner: ({ context, event }) => isPkPartner(context, (event as { from: UserInfo }).from.userId),
    answersIncoming: ({ context, event }) => {
      const e = event as Ev<'RESPOND_JOIN_ANCHOR'> | Ev<'RESPOND_ROOM_PK'>;
      const kind = e.type === 'RESPOND_JOIN_ANCHOR' ? 'joinAnchor' : 'roomPK';
      return context.incoming?.kind === kind && context.incoming.from.userId === e.userId;
    },
    accepts: ({ event }) => (event as { accept: boolean }).accept,
    isCoHost: ({ context, event }) => {
      const { userId } = event as Ev<'KICKOUT_JOIN_ANCHOR'>;
      return (
        context.coHosts.some((a) => a.userId === userId) || context.accepted.some((u) => u.userId === userId)
      );
    },
    hasCoHosts: ({ context }) => context.coHosts.length > 0,
    ownerDroppedOff: ({ context, event }) => {
      const { userId, reason } = event as Ev<'media.anchorLeft'>;
      return reason === 'networkTimeout' && !context.room?.isOwner && isRoomOwner(context, userId);
    },
    pkOver: ({ context }) => context.pkPartner === null,
    /** Dismissed, or dismissed and created again by another anchor. */
    roomGone: ({ context, event }) => isRoomGone(context, (event as Ev<'ROOM_READ'>).record),
    isOwner: ({ context }) => context.room?.isOwner === true,
    answerLost: ({ event }) => isAnswerLost((event as { error?: unknown }).error),
    linkBack: ({ event }) => (event as Ev<'session.connectionChanged'>).state === 'connected',
    asking: ({ context }) => context.asking,
    partnerStreaming: ({ context }) => isPartnerStreaming(context),
    fromRequester: ({ context, event }) =>
      context.incoming?.from.userId === (event as { from: UserInfo }).from.userId,
  },
  actions: {
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
    clearUser: assign({
      userId: null,
      profile: NO_PROFILE,
      ...OUTSIDE_ROOM,
      connection: NOT_CONNECTED,
      abandoned: null,
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
      if (isRoomOwner(context, (event as Ev<'media.anchorEntered'>).userId))
        enqueue.cancel(OWNER_GRACE_TIMER);
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
    noteEntry: enqueueActions(({ context, event, enqueue }) => {
      const e = event as Ev<'CREATE_ROOM'> | Ev<'ENTER_ROOM'>;
      enqueue.assign({ entry: { roomId: e.roomId, isOwner: e.type === 'CREATE_ROOM' } });
      // Back into the room it gave up on: that one is not to be left any more.
      if (context.abandoned?.roomId === e.roomId) abandonedLeft(enqueue, context, e.roomId);
    }),
    /** An entry whose answer was lost may have joined (or created) the IM group: it is left. */
    abandonEntry: enqueueActions(({ context, event, enqueue }) => {
      const { error } = event as { error?: unknown };
      if (context.entry && isTrtcSmartError(error) && error.code === ErrorCode.NETWORK_TIMEOUT)
        abandon(enqueue, context.entry);
    }),
    quitRoomMadeAgain: enqueueActions(({ context, event, enqueue }) =>
      quitRoomMadeAgain(enqueue, context, event as Ev<'ROOM_READ'>),
    ),
    abandonRoom: enqueueActions(({ context, enqueue }) => {
      const room = currentRoom(context);
      abandon(enqueue, { roomId: room.roomId, isOwner: room.isOwner });
    }),
    leaveAbandoned: enqueueActions(({ context, enqueue, self }) => leaveAbandoned(enqueue, context, self)),
    announceAgain: ({ context, event, self }) =>
      announceAgain(context, self, event as Ev<'ANNOUNCEMENT_LOST'>),
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
    joinRoom: assign({
      room: ({ context, event }) => {
        const record = roomOfEntry((event as unknown as { output: LiveRoomRecord | RoomCreated }).output);
        return {
          roomId: record.roomId,
          isOwner: record.ownerId === context.userId,
          record,
          remoteAnchors: NO_ANCHORS,
          streamId: null,
          stateSeq: 0,
          rejoin: false,
        };
      },
      connection: ({ context }) => ({ ...context.connection, media: 'connected' }),
      failure: null,
    }),
    leaveRoom: enqueueActions(({ context, enqueue }) => {
      stopRoomTimers(enqueue);
      enqueue.assign({
        ...OUTSIDE_ROOM,
        connection: { ...context.connection, media: 'disconnected' },
        nextReadAt: 0,
        tipReadAt: Number.NEGATIVE_INFINITY,
      });
    }),
    /** Entering: a room event before the entry finished is kept, not lost... */
    keepEarly: assign({ early: ({ context, event }) => [...context.early, event as EarlyRoomEvent] }),
    /** ...and handled once in the room, in order (a destroyed room is left at once). */
    replayEarly: enqueueActions(({ context, enqueue }) => {
      if (context.early.length === 0) return;
      for (const event of context.early) enqueue.raise(event);
      enqueue.assign({ early: NO_EVENTS });
    }),
    dropEarly: assign({ early: NO_EVENTS }),
    /** Logout or destroy while in a room: leave it properly (the owner dismisses it). */
    leaveRoomSignals: ({ context, self }) => {
      const room = context.room;
      if (room) effect(context, self, () => leaveRoom(context.deps, room, context.pkPartner));
    },
    /** The link stayed down past the grace (already told as NETWORK_LOST): leave as far as the cloud still hears. */
    leaveQuietly: enqueueActions(({ context, enqueue, self }) => {
      const room = context.room;
      if (!room) return;
      effect(context, self, () => leaveRoom(context.deps, room, context.pkPartner).catch(() => undefined));
      if (context.connection.signaling !== 'connected')
        abandon(enqueue, { roomId: room.roomId, isOwner: room.isOwner });
    }),
    exitMediaRoom: ({ context, self }) =>
      effect(context, self, () => context.deps.adapter.liveMedia.exitRoom()),
    noteAnchorEntered: enqueueActions(({ context, event, enqueue, self }) => {
      const { userId, streamId = '' } = event as Ev<'media.anchorEntered'>;
      const room = currentRoom(context);
      if (userId === context.userId) return;
      if (room.remoteAnchors.includes(userId)) {
        // A co-host's stream id learned after its stream (on the web, its action-103 notice).
        const coHost = context.coHosts.find((a) => a.userId === userId);
        if (!coHost || streamId === '' || coHost.streamId === streamId) return;
        const coHosts = context.coHosts.map((a) => (a.userId === userId ? { ...a, streamId } : a));
        commit(enqueue, self, context, { coHosts });
        return;
      }
      enqueue.emit(live({ eventType: 'onAnchorEnter', userId }));
      const remoteAnchors = [...room.remoteAnchors, userId];
      if (!room.isOwner || isPkPartner(context, userId)) {
        commit(enqueue, self, context, { room: withRoom(context, { remoteAnchors }) });
        return;
      }
      // Anyone else publishing in the owner's room is a co-host.
      const userName = context.accepted.find((u) => u.userId === userId)?.userName ?? '';
      commit(enqueue, self, context, {
        room: withRoom(context, { remoteAnchors }),
        coHosts: [...context.coHosts, { userId, userName, streamId }],
      });
    }),
    noteAnchorLeft: enqueueActions(({ context, event, enqueue, self }) => {
      const { userId } = event as Ev<'media.anchorLeft'>;
      const room = currentRoom(context);
      if (!room.remoteAnchors.includes(userId)) return;
      enqueue.emit(live({ eventType: 'onAnchorExit', userId }));
      const partnerGone = isPkPartner(context, userId);
      // The PK anchor's stream went away without a quit message (it left or dropped off): PK is over.
      if (partnerGone) enqueue.emit(live({ eventType: 'onQuitRoomPK' }));
      commit(enqueue, self, context, {
        room: withRoom(context, { remoteAnchors: room.remoteAnchors.filter((id) => id !== userId) }),
        coHosts: context.coHosts.filter((a) => a.userId !== userId),
        accepted: context.accepted.filter((u) => u.userId !== userId),
        ...(partnerGone ? { pkPartner: null } : {}),
      });
    }),
    noteRoomState: enqueueActions(({ context, event, enqueue }) => {
      const { state } = event as Ev<'sig.roomStateChanged'>;
      // The owner replays its state after a reconnect: the same state again is no change.
      if (sameState(state, currentRoom(context).record.state)) return;
      const record = { ...currentRoom(context).record, state };
      enqueue.assign({ room: withRoom(context, { record }) });
      enqueue.emit(live({ eventType: 'onRoomInfoChange', roomInfo: toRoomInfo(record) }));
    }),
    noteMember: enqueueActions(({ context, event, enqueue }) => {
      const e = event as Ev<'sig.memberEntered'> | Ev<'sig.memberLeft'>;
      if (isAnnouncedAnchor(context, e.user.userId) || e.user.userId === context.userId) return;
      const record = currentRoom(context).record;
      const memberCount = Math.max(1, record.memberCount + (e.type === 'sig.memberEntered' ? 1 : -1));
      enqueue.assign({ room: withRoom(context, { record: { ...record, memberCount } }) });
      enqueue.emit(
        live({
          eventType: e.type === 'sig.memberEntered' ? 'onAudienceEnter' : 'onAudienceExit',
          userInfo: e.user,
        }),
      );
    }),
    /**
     * The room's count as the cloud last told it (coalesced, so one update covers a burst). It is
     * room info an app renders from the state; no onRoomInfoChange: that is the owner announcing
     * the room's status and anchors, and one per count change would reach every member.
     */
    noteMemberCount: assign(({ context, event }) => {
      const { memberCount } = event as Ev<'sig.memberCountChanged'>;
      const record = currentRoom(context).record;
      if (record.memberCount === memberCount) return {};
      return { room: withRoom(context, { record: { ...record, memberCount } }) };
    }),
    roomDestroyed: enqueueActions(({ context, enqueue }) => {
      enqueue.emit(live({ eventType: 'onRoomDestroy', roomId: currentRoom(context).roomId }));
    }),
    connectionLost: enqueueActions(({ enqueue }) => {
      const error = new TrtcSmartError(ErrorCode.NETWORK_LOST, 'the live room was lost (no media heartbeat)');
      enqueue.emit(live({ eventType: 'onError', code: error.code, msg: error.message }));
    }),
    // --- owner: publishing and the inbox ---
    published: enqueueActions(({ context, event, enqueue, self }) => {
      commit(enqueue, self, context, {
        room: withRoom(context, { streamId: (event as Ev<'PUBLISHED'>).streamId }),
      });
    }),
    unpublished: enqueueActions(({ context, enqueue, self }) => {
      commit(enqueue, self, context, { room: withRoom(context, { streamId: null }) });
    }),
    takeRequest: enqueueActions(({ context, event, enqueue }) => {
      const e = event as Ev<'peer.joinAnchorRequest'> | Ev<'peer.roomPKRequest'>;
      const timeout = context.deps.requestTimeoutSec;
      if (e.type === 'peer.joinAnchorRequest') {
        enqueue.assign({ incoming: { kind: 'joinAnchor', from: e.from, reason: e.reason } });
        enqueue.emit(live({ eventType: 'onRequestJoinAnchor', userInfo: e.from, reason: e.reason, timeout }));
        return;
      }
      enqueue.assign({
        incoming: { kind: 'roomPK', from: e.from, roomId: e.fromRoomId, streamId: e.fromStreamId },
      });
      enqueue.emit(live({ eventType: 'onRequestRoomPK', userInfo: e.from, timeout }));
    }),
    refuseRequest: ({ context, event, self }, params: { reason: string }) => {
      const e = event as Ev<'peer.joinAnchorRequest'> | Ev<'peer.roomPKRequest'>;
      const message: LivePeerMessage =
        e.type === 'peer.joinAnchorRequest'
          ? { type: 'joinAnchorResponse', roomId: e.roomId, accept: false, reason: params.reason }
          : { type: 'roomPKResponse', accept: false, reason: params.reason, streamId: '' };
      peer(context, self, e.from.userId, message);
    },
    answerIncoming: enqueueActions(({ context, event, enqueue, self }) => {
      const e = event as Ev<'RESPOND_JOIN_ANCHOR'> | Ev<'RESPOND_ROOM_PK'>;
      const incoming = context.incoming;
      if (!incoming) return;
      const room = currentRoom(context);
      if (incoming.kind === 'joinAnchor') {
        peer(context, self, e.userId, { type: 'joinAnchorResponse', roomId: room.roomId, ...answer(e) });
        if (e.accept) enqueue.assign({ accepted: [...context.accepted, incoming.from] });
      } else {
        peer(context, self, e.userId, {
          type: 'roomPKResponse',
          ...answer(e),
          streamId: room.streamId ?? '',
        });
      }
      enqueue.assign({ incoming: null });
    }),
    dropIncoming: assign({ incoming: null }),
    /** The owner accepted another anchor's PK: it waits for that anchor's stream (onAnchorEnter). */
    pkFromIncoming: enqueueActions(({ context, enqueue, self }) => {
      const incoming = context.incoming;
      if (incoming?.kind !== 'roomPK') return;
      const { from, roomId, streamId } = incoming;
      commit(enqueue, self, context, {
        pkPartner: { userId: from.userId, userName: from.userName, streamId, roomId },
      });
    }),
    requestPk: assign({
      pkTarget: ({ event }) => {
        const { userId, roomId } = event as Ev<'REQUEST_ROOM_PK'>;
        return { userId, roomId, userName: '', streamId: '' };
      },
    }),
    /** The other anchor agreed: this side connects the two rooms. */
    pkAccepted: enqueueActions(({ context, event, enqueue, self }) => {
      const e = event as Ev<'peer.roomPKResponse'>;
      const target = context.pkTarget;
      if (!target) return;
      const partner = { ...target, userName: e.from.userName, streamId: e.streamId };
      enqueue.emit(outcome('roomPK', { eventType: 'onSuccess', reason: e.reason }));
      effect(context, self, () =>
        context.deps.adapter.liveMedia.connectOtherRoom({ roomId: partner.roomId, userId: partner.userId }),
      );
      commit(enqueue, self, context, { pkTarget: null, pkPartner: partner });
    }),
    /** A refusal carries the answer's reason; a deadline says it timed out (`timedOut`). */
    requestFailed: enqueueActions(
      (
        { event, enqueue },
        params: { kind: 'linkMic' | 'roomPK'; timedOut?: boolean; cancelled?: boolean },
      ) => {
        const given = params.cancelled ? CANCELLED_BY_LEAVE : undefined;
        const reason = given ?? (params.timedOut ? TIMED_OUT : (event as { reason: string }).reason);
        enqueue.emit(outcome(params.kind, { eventType: 'onFailure', reason }));
      },
    ),
    /** Entered by asking (REQUEST_*), or by a failed leave's resume (then the request is over). */
    noteAsking: assign({
      asking: ({ event }) => event.type === 'REQUEST_JOIN_ANCHOR' || event.type === 'REQUEST_ROOM_PK',
    }),
    clearPkTarget: assign({ pkTarget: null }),
    /** A request's deadline passed: it is withdrawn, so the addressee drops it (IM cancel on the web). */
    withdrawRequest: ({ context, self }) =>
      peer(context, self, context.pkTarget?.userId ?? currentRoom(context).record.ownerId, {
        type: 'requestWithdrawn',
      }),
    quitPk: enqueueActions(({ context, enqueue, self }) => {
      const partner = context.pkPartner;
      if (!partner) return;
      effect(context, self, () => quitPk(context.deps, partner.userId));
      commit(enqueue, self, context, { pkPartner: null });
    }),
    /** The partner's stream never came: the PK is over for the app too (quitPk then tells the partner). */
    pkNeverConnected: enqueueActions(({ enqueue }) => enqueue.emit(live({ eventType: 'onQuitRoomPK' }))),
    remoteQuitPk: enqueueActions(({ context, enqueue, self }) => {
      enqueue.emit(live({ eventType: 'onQuitRoomPK' }));
      commit(enqueue, self, context, { pkPartner: null });
    }),
    kickout: enqueueActions(({ context, event, enqueue, self }) => {
      const { userId } = event as Ev<'KICKOUT_JOIN_ANCHOR'>;
      peer(context, self, userId, { type: 'kickoutJoinAnchor', roomId: currentRoom(context).roomId });
      enqueue.assign({ accepted: context.accepted.filter((u) => u.userId !== userId) });
    }),
    // --- audience: link mic ---
    linkMicAccepted: enqueueActions(({ event, enqueue }) => {
      enqueue.emit(
        outcome('linkMic', {
          eventType: 'onSuccess',
          reason: (event as Ev<'peer.joinAnchorResponse'>).reason,
        }),
      );
    }),
    coHostPublished: assign({
      room: ({ context, event }) => withRoom(context, { streamId: (event as Ev<'PUBLISHED'>).streamId }),
    }),
    coHostStopped: assign({ room: ({ context }) => withRoom(context, { streamId: null }) }),
    /** Kicked out: back to watching; a publishing co-host stops and becomes audience again. */
    kickedOut: enqueueActions(({ context, enqueue, self }) => {
      enqueue.emit(live({ eventType: 'onKickoutJoinAnchor' }));
      if (currentRoom(context).streamId === null) return;
      const { liveMedia } = context.deps.adapter;
      effect(context, self, async () => {
        await liveMedia.stopPublish();
        await liveMedia.switchRole({ role: 'audience' });
      });
      enqueue.assign({ room: withRoom(context, { streamId: null }) });
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
  },
}).createMachine({
  id: 'liveRoom',
  /** The API's dependencies arrive as input and stay in `context.deps`. */
  context: ({ input }) => initialLiveRoomContext(input),
  initial: 'loggedOut',
  on: {
    DESTROY: { target: '.destroyed', actions: ['leaveRoomSignals', 'leaveRoom', 'settleOk'] },
  },
  states: {
    loggedOut: {
      entry: 'clearUser',
      on: {
        LOGIN: { target: 'loggingIn', actions: ['forgetLogout', 'holdOp', 'setUser'] },
        LOGOUT_RETRY: { actions: 'retryLogout' },
        LOGOUT_ANSWERED: { actions: 'logoutAnswered' },
        // The IM SDK, still logged in after the lost logout, is back: try now.
        'session.connectionChanged': { guard: 'linkBack', actions: 'retryLogout' },
      },
    },
    loggingIn: {
      invoke: {
        src: 'login',
        /** The dependencies and the LOGIN params. */
        input: ({ context, event }) => ({ deps: context.deps, params: (event as Ev<'LOGIN'>).params }),
        onDone: { target: 'loggedIn', actions: ['settleOk', 'signalingUp'] },
        onError: [
          // IM may hold a session (this one, or one an owed logout was ending): it is ended.
          { guard: 'answerLost', target: 'loggedOut', actions: ['settleFailed', 'oweLogout'] },
          { target: 'loggedOut', actions: 'settleFailed' },
        ],
      },
      exit: 'settleInterrupted',
    },
    loggingOut: {
      invoke: {
        src: 'logout',
        /** The dependencies, to log out through the adapter. */
        input: ({ context }) => context.deps,
        onDone: { target: 'loggedOut', actions: 'settleOk' },
        onError: [
          // IM may still hold the session (and its room's group): it is told again.
          { guard: 'answerLost', target: 'loggedOut', actions: ['settleFailed', 'oweLogout'] },
          { target: 'loggedOut', actions: 'settleFailed' },
        ],
      },
      exit: 'settleInterrupted',
    },
    loggedIn: {
      initial: 'outside',
      on: {
        LOGOUT: { target: 'loggingOut', actions: ['leaveRoomSignals', 'leaveRoom', 'holdOp'] },
        // IM's session ended; TRTC, which IM does not end, leaves its room too.
        'session.kickedOffline': { target: 'loggedOut', actions: 'exitMediaIfInRoom' },
        'session.userSigExpired': { target: 'loggedOut', actions: 'exitMediaIfInRoom' },
        'session.connectionChanged': { actions: 'noteSignaling' },
        PROFILE_CHANGED: { actions: 'setProfile' },
        CAMERA_CHANGED: { actions: 'setDevice' },
        MIRROR_CHANGED: { actions: 'setDevice' },
        MIC_CHANGED: { actions: 'setDevice' },
        EFFECT_FAILED: { actions: 'reportEffectFailure' },
        LEAVE_ABANDONED: { actions: 'leaveAbandoned' },
        ABANDONED_LEFT: { actions: 'abandonedLeft' },
        'media.error': { actions: 'reportMedia' },
        'media.warning': { actions: 'reportMedia' },
        'media.log': { actions: 'reportMedia' },
      },
      states: {
        outside: {
          on: {
            CREATE_ROOM: { target: 'creating', actions: ['holdOp', 'noteEntry'] },
            ENTER_ROOM: { target: 'entering', actions: ['holdOp', 'noteEntry'] },
          },
        },
        creating: {
          invoke: {
            src: 'createRoom',
            /** The room to create, with the dependencies and this user. */
            input: ({ context, event }) => {
              const e = event as Ev<'CREATE_ROOM'>;
              return {
                deps: context.deps,
                record: {
                  roomId: e.roomId,
                  roomName: e.roomName,
                  coverUrl: e.coverUrl,
                  ownerId: context.userId ?? '',
                  ownerName: context.profile.userName,
                  memberCount: 1,
                  state: EMPTY_ROOM_STATE,
                },
              };
            },
            onDone: {
              target: 'room.anchor',
              actions: ['joinRoom', 'announceResumed', 'rejoinIfRelinked', 'settleOk'],
            },
            onError: { target: 'outside', actions: ['settleFailed', 'abandonEntry'] },
          },
          on: { 'session.connectionChanged': { actions: ['noteEntryRelink', 'noteSignaling'] } },
          exit: 'settleInterrupted',
        },
        entering: {
          invoke: {
            src: 'enterRoom',
            /** The room to enter, with the dependencies and this user. */
            input: ({ context, event }) => ({
              deps: context.deps,
              userId: context.userId ?? '',
              roomId: (event as Ev<'ENTER_ROOM'>).roomId,
            }),
            onDone: {
              target: 'room.audience',
              actions: ['joinRoom', 'rejoinIfRelinked', 'startReads', 'settleOk', 'replayEarly'],
            },
            onError: { target: 'outside', actions: ['settleFailed', 'dropEarly', 'abandonEntry'] },
          },
          on: {
            'session.connectionChanged': { actions: ['noteEntryRelink', 'noteSignaling'] },
            'media.anchorEntered': { actions: 'keepEarly' },
            'media.anchorLeft': { actions: 'keepEarly' },
            'sig.roomDestroyed': { actions: 'keepEarly' },
            'sig.roomStateChanged': { actions: 'keepEarly' },
          },
          exit: 'settleInterrupted',
        },
        leaving: {
          invoke: {
            src: 'leaveRoom',
            /** The room to leave, with its PK partner to tell. */
            input: ({ context }) => ({
              deps: context.deps,
              room: currentRoom(context),
              pkPartner: context.pkPartner,
            }),
            onDone: { target: 'outside', actions: ['leaveRoom', 'settleOk'] },
            // Back where it was, free to retry; a lost answer may hide a leave IM did: it is read
            // again, and the room's events that came meanwhile are handled, in order.
            onError: { target: 'room.resume', actions: ['settleFailed', 'rejoinGroup', 'replayEarly'] },
          },
          on: {
            // A reconnect must not re-enter the group this leave is quitting (the failed leave's
            // reads re-enter it if need be).
            'session.connectionChanged': { actions: { type: 'noteSignaling', params: { rejoin: false } } },
            // Kept, as while entering: a leave that fails stays in the room, which must not miss them.
            'media.anchorEntered': { actions: 'keepEarly' },
            'media.anchorLeft': { actions: 'keepEarly' },
            'sig.roomDestroyed': { actions: 'keepEarly' },
            'sig.roomStateChanged': { actions: 'keepEarly' },
            // The owner's lost announcement is sent again if the dismiss fails.
            ANNOUNCEMENT_LOST: { actions: 'keepEarly' },
            // Put out of the TRTC room meanwhile (removed, or the same user entered elsewhere): the
            // room is left whatever IM answers, so a lost answer cannot take it back into a room
            // it no longer is in. IM's part goes on until IM answers.
            'media.connectionLost': { target: 'outside', actions: ['abandonRoom', 'leaveRoom'] },
          },
          exit: { type: 'settleInterrupted', params: { completedBy: 'media.connectionLost' } },
        },
        room: {
          // Always entered with an explicit target (creating -> anchor, entering -> audience, or resume).
          initial: 'audience',
          on: {
            'media.anchorEntered': { actions: ['ownerBack', 'noteAnchorEntered'] },
            'media.anchorLeft': [
              // The owner's stream timed out: it has the grace to come back before the room is dead.
              { guard: 'ownerDroppedOff', actions: ['noteAnchorLeft', 'awaitOwner'] },
              { actions: 'noteAnchorLeft' },
            ],
            // The owner stayed away: it is gone with its room, so nobody stays in a dead room.
            OWNER_GRACE: { target: 'outside', actions: ['roomDestroyed', 'leaveRoomSignals', 'leaveRoom'] },
            'media.connectionChanged': { actions: 'noteMediaLink' },
            MEDIA_GRACE: { target: 'outside', actions: ['connectionLost', 'leaveQuietly', 'leaveRoom'] },
            RECONCILE: { actions: 'readRoom' },
            ANNOUNCEMENT_LOST: { actions: 'announceAgain' },
            ROOM_READ: [
              {
                // Its own dismiss was done: it is left as a destroyRoom leaves it (PK ended, TRTC exited).
                guard: and(['forThisRoom', 'roomGone', 'isOwner']),
                target: 'outside',
                actions: ['roomDestroyed', 'leaveRoomSignals', 'leaveRoom'],
              },
              {
                guard: and(['forThisRoom', 'roomGone']),
                target: 'outside',
                actions: ['roomDestroyed', 'quitRoomMadeAgain', 'exitMediaRoom', 'leaveRoom'],
              },
              { guard: 'forThisRoom', actions: 'roomRead' },
            ],
            'sig.roomStateChanged': { guard: 'forThisRoom', actions: 'noteRoomState' },
            'sig.memberEntered': { guard: 'forThisRoom', actions: ['noteMember', 'tip'] },
            'sig.memberLeft': { guard: 'forThisRoom', actions: ['noteMember', 'tip'] },
            // Not a tip: the count reaches a whole crowd at once (one read per viewer each time).
            'sig.memberCountChanged': { guard: 'forThisRoom', actions: 'noteMemberCount' },
            'sig.roomDestroyed': {
              guard: 'forThisRoom',
              target: 'outside',
              actions: ['roomDestroyed', 'exitMediaRoom', 'leaveRoom'],
            },
            // Out of the TRTC room for good (the server removed it, or TRTC gave up): IM is left too
            // (until it answers; TRTC's room is gone already, and a later one must not be exited).
            'media.connectionLost': {
              target: 'outside',
              actions: ['connectionLost', 'abandonRoom', 'leaveRoom'],
            },
          },
          states: {
            /** Where a failed destroyRoom / exitRoom returns to. */
            resume: { type: 'history', history: 'deep' },
            anchor: {
              type: 'parallel',
              on: {
                DESTROY_ROOM: { target: '#liveRoom.loggedIn.leaving', actions: 'holdOp' },
                KICKOUT_JOIN_ANCHOR: { guard: 'isCoHost', actions: ['kickout', 'settleOk'] },
                'peer.quitRoomPK': { guard: 'fromPkPartner', actions: 'remoteQuitPk' },
              },
              states: {
                stage: {
                  initial: 'previewing',
                  on: {
                    // A PK request is taken only while live alone with nothing else pending.
                    'peer.roomPKRequest': [
                      {
                        guard: stateIn(`${STAGE}.pk.inPK`),
                        actions: { type: 'refuseRequest', params: { reason: REFUSED_IN_PK } },
                      },
                      {
                        guard: and([stateIn(`${STAGE}.live`), stateIn(`${INBOX}.empty`)]),
                        target: '.pk.responding',
                        actions: 'takeRequest',
                      },
                      {
                        guard: stateIn(`${STAGE}.linkMic`),
                        actions: { type: 'refuseRequest', params: { reason: REFUSED_CO_HOSTING } },
                      },
                      {
                        guard: stateIn(`${STAGE}.previewing`),
                        actions: { type: 'refuseRequest', params: { reason: REFUSED_NOT_LIVE } },
                      },
                      { actions: { type: 'refuseRequest', params: { reason: REFUSED_BUSY } } },
                    ],
                  },
                  states: {
                    previewing: { on: { PUBLISHED: { target: 'live', actions: 'published' } } },
                    live: {
                      always: { guard: 'hasCoHosts', target: 'linkMic' },
                      on: {
                        UNPUBLISHED: { target: 'previewing', actions: 'unpublished' },
                        REQUEST_ROOM_PK: { target: 'pk.requesting', actions: ['requestPk', 'holdOp'] },
                      },
                    },
                    linkMic: { always: { guard: not('hasCoHosts'), target: 'live' } },
                    /** Cross-room PK: asking another anchor, answering one, or in PK. */
                    pk: {
                      initial: 'requesting',
                      states: {
                        requesting: {
                          initial: 'sending',
                          entry: 'noteAsking',
                          // Resumed after a failed destroyRoom: the request went with the leave.
                          always: {
                            guard: not('asking'),
                            target: `${STAGE}.live`,
                            actions: [
                              { type: 'requestFailed', params: { kind: 'roomPK', cancelled: true } },
                              'withdrawRequest',
                              'clearPkTarget',
                            ],
                          },
                          after: {
                            requestTimeout: {
                              target: `${STAGE}.live`,
                              actions: [
                                { type: 'requestFailed', params: { kind: 'roomPK', timedOut: true } },
                                'withdrawRequest',
                                'clearPkTarget',
                              ],
                            },
                          },
                          on: {
                            'peer.roomPKResponse': [
                              {
                                guard: and(['fromPkTarget', 'accepts']),
                                target: 'inPK',
                                actions: 'pkAccepted',
                              },
                              {
                                guard: 'fromPkTarget',
                                target: `${STAGE}.live`,
                                actions: [
                                  { type: 'requestFailed', params: { kind: 'roomPK' } },
                                  'clearPkTarget',
                                ],
                              },
                            ],
                          },
                          states: {
                            sending: {
                              invoke: {
                                src: 'sendPeer',
                                input: ({ context }) => ({
                                  deps: context.deps,
                                  userId: context.pkTarget?.userId ?? '',
                                  message: {
                                    type: 'roomPKRequest',
                                    roomId: context.pkTarget?.roomId ?? 0,
                                    fromRoomId: currentRoom(context).roomId,
                                    fromStreamId: currentRoom(context).streamId ?? '',
                                  },
                                }),
                                onDone: { target: 'waiting', actions: 'settleOk' },
                                onError: {
                                  target: `${STAGE}.live`,
                                  actions: ['settleFailed', 'clearPkTarget'],
                                },
                              },
                              exit: 'settleInterrupted',
                            },
                            waiting: {},
                          },
                        },
                        responding: {
                          // Unanswered in time: the requester times out by itself, nothing is sent.
                          after: { requestTimeout: { target: `${STAGE}.live`, actions: 'dropIncoming' } },
                          on: {
                            'peer.requestWithdrawn': {
                              guard: 'fromRequester',
                              target: `${STAGE}.live`,
                              actions: 'dropIncoming',
                            },
                            RESPOND_ROOM_PK: [
                              {
                                guard: and(['answersIncoming', 'accepts']),
                                target: 'inPK',
                                actions: ['pkFromIncoming', 'answerIncoming', 'settleOk'],
                              },
                              {
                                guard: 'answersIncoming',
                                target: `${STAGE}.live`,
                                actions: ['answerIncoming', 'settleOk'],
                              },
                            ],
                          },
                        },
                        inPK: {
                          always: { guard: 'pkOver', target: `${STAGE}.live` },
                          on: { QUIT_ROOM_PK: { target: `${STAGE}.live`, actions: ['quitPk', 'settleOk'] } },
                          initial: 'connecting',
                          states: {
                            /** Agreed; the partner's stream is due (it may have given up or gone away). */
                            connecting: {
                              always: { guard: 'partnerStreaming', target: 'connected' },
                              after: { requestTimeout: { actions: ['pkNeverConnected', 'quitPk'] } },
                            },
                            connected: {},
                          },
                        },
                      },
                    },
                  },
                },
                /** The one link-mic request the owner is answering. */
                inbox: {
                  initial: 'empty',
                  states: {
                    empty: {
                      on: {
                        'peer.joinAnchorRequest': [
                          {
                            guard: not('forThisRoom'),
                            actions: { type: 'refuseRequest', params: { reason: REFUSED_NOT_LIVE } },
                          },
                          {
                            guard: stateIn(`${STAGE}.pk.inPK`),
                            actions: { type: 'refuseRequest', params: { reason: REFUSED_IN_PK } },
                          },
                          {
                            guard: or([stateIn(`${STAGE}.live`), stateIn(`${STAGE}.linkMic`)]),
                            target: 'pending',
                            actions: 'takeRequest',
                          },
                          {
                            guard: stateIn(`${STAGE}.pk`),
                            actions: { type: 'refuseRequest', params: { reason: REFUSED_BUSY } },
                          },
                          { actions: { type: 'refuseRequest', params: { reason: REFUSED_NOT_LIVE } } },
                        ],
                      },
                    },
                    pending: {
                      // Unanswered in time: the requester times out by itself, nothing is sent.
                      after: { requestTimeout: { target: 'empty', actions: 'dropIncoming' } },
                      on: {
                        'peer.requestWithdrawn': {
                          guard: 'fromRequester',
                          target: 'empty',
                          actions: 'dropIncoming',
                        },
                        'peer.joinAnchorRequest': {
                          actions: { type: 'refuseRequest', params: { reason: REFUSED_BUSY } },
                        },
                        RESPOND_JOIN_ANCHOR: {
                          guard: 'answersIncoming',
                          target: 'empty',
                          actions: ['answerIncoming', 'settleOk'],
                        },
                      },
                    },
                  },
                },
              },
            },
            audience: {
              initial: 'watching',
              on: { EXIT_ROOM: { target: '#liveRoom.loggedIn.leaving', actions: 'holdOp' } },
              states: {
                watching: {
                  on: { REQUEST_JOIN_ANCHOR: { target: 'requesting', actions: 'holdOp' } },
                },
                requesting: {
                  initial: 'sending',
                  entry: 'noteAsking',
                  // Resumed after a failed exitRoom: the request went with the leave.
                  always: {
                    guard: not('asking'),
                    target: 'watching',
                    actions: [
                      { type: 'requestFailed', params: { kind: 'linkMic', cancelled: true } },
                      'withdrawRequest',
                    ],
                  },
                  after: {
                    requestTimeout: {
                      target: 'watching',
                      actions: [
                        { type: 'requestFailed', params: { kind: 'linkMic', timedOut: true } },
                        'withdrawRequest',
                      ],
                    },
                  },
                  on: {
                    'peer.joinAnchorResponse': [
                      { guard: and(['fromOwner', 'accepts']), target: 'linked', actions: 'linkMicAccepted' },
                      {
                        guard: 'fromOwner',
                        target: 'watching',
                        actions: { type: 'requestFailed', params: { kind: 'linkMic' } },
                      },
                    ],
                  },
                  states: {
                    sending: {
                      invoke: {
                        src: 'sendPeer',
                        input: ({ context, event }) => {
                          const room = currentRoom(context);
                          return {
                            deps: context.deps,
                            userId: room.record.ownerId,
                            message: {
                              type: 'joinAnchorRequest',
                              roomId: room.roomId,
                              reason: (event as Ev<'REQUEST_JOIN_ANCHOR'>).reason,
                            },
                          };
                        },
                        onDone: { target: 'waiting', actions: 'settleOk' },
                        onError: {
                          target: '#liveRoom.loggedIn.room.audience.watching',
                          actions: 'settleFailed',
                        },
                      },
                      exit: 'settleInterrupted',
                    },
                    waiting: {},
                  },
                },
                linked: {
                  initial: 'ready',
                  on: {
                    'peer.kickoutJoinAnchor': {
                      guard: 'fromOwner',
                      target: 'watching',
                      actions: 'kickedOut',
                    },
                  },
                  states: {
                    ready: { on: { PUBLISHED: { target: 'publishing', actions: 'coHostPublished' } } },
                    publishing: {
                      on: {
                        UNPUBLISHED: {
                          target: '#liveRoom.loggedIn.room.audience.watching',
                          actions: 'coHostStopped',
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    destroyed: { type: 'final', entry: 'logoutQuietly' },
  },
});

const answer = (e: { accept: boolean; reason: string }) => ({ accept: e.accept, reason: e.reason });

/** The type of {@link liveRoomMachine}, the live-room state machine. */
export type LiveRoomMachine = typeof liveRoomMachine;
