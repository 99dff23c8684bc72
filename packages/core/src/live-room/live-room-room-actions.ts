import { assign } from 'xstate';
import { ErrorCode, TrtcSmartError } from '../domain/errors.js';
import type { LiveRoomRecord } from '../domain/room-info.js';
import { toRoomInfo } from '../domain/room-info.js';
import { enqueueActions } from '../machine/lean-xstate.js';
import { abandon, stopRoomTimers } from './live-connection.js';
import {
  commit,
  type Ev,
  effect,
  type LiveAction,
  live,
  tellSelf,
  withRoom,
} from './live-room-action-kit.js';
import { leaveRoom } from './live-room-actors.js';
import {
  currentRoom,
  type EarlyRoomEvent,
  NO_ANCHORS,
  NO_EVENTS,
  OUTSIDE_ROOM,
} from './live-room-context.js';
import { isAnnouncedAnchor, isPkPartner, sameState } from './live-room-updates.js';
import { type RoomCreated, roomOfEntry } from './room-resumed.js';

/**
 * The live-room machine's actions in a room: joining and leaving it, room events kept while
 * entering, anchors and members coming and going, the room's state, and its end.
 */
export const roomActions = {
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
  /**
   * Logout or destroy while in a room: leave it properly (the owner dismisses it). Once IM answered,
   * the room is no longer given up on (giveUpOwnRoom).
   */
  leaveRoomSignals: ({ context, self }) => {
    const room = context.room;
    if (!room) return;
    const left = () => tellSelf(self, { type: 'ABANDONED_LEFT', roomId: room.roomId });
    effect(context, self, () => leaveRoom(context.deps, room, context.pkPartner, left));
  },
  /**
   * Logging out, an owner's room (or the one she is creating: its answer may be lost, and the
   * logout stops the creation before it could be given up on) is given up on until its dismissal
   * is answered (owed-logout.ts).
   */
  giveUpOwnRoom: assign({
    abandoned: ({ context }) => {
      const own = context.room?.isOwner ? context.room : context.entry?.isOwner ? context.entry : null;
      if (!own) return context.abandoned;
      return [
        ...context.abandoned.filter((r) => r.roomId !== own.roomId),
        { roomId: own.roomId, isOwner: true },
      ];
    },
  }),
  /**
   * The link stayed down past the grace (already told as NETWORK_LOST): leave as far as the cloud
   * still hears. The room is also given up on, so IM is told again until it answers (its quit may
   * be lost, or wait for the signaling link: live world 29292).
   */
  leaveQuietly: enqueueActions(({ context, enqueue, self }) => {
    const room = context.room;
    if (!room) return;
    effect(context, self, () => leaveRoom(context.deps, room, context.pkPartner).catch(() => undefined));
    abandon(enqueue, context, { roomId: room.roomId, isOwner: room.isOwner });
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
} satisfies Record<string, LiveAction>;
