import { assign } from 'xstate';
import { enqueueActions } from '../machine/lean-xstate.js';
import type { LivePeerMessage } from '../ports/live-signaling.port.js';
import { linkRooms, unlinkRooms } from './cross-room-link.js';
import {
  answer,
  commit,
  type Ev,
  effect,
  type LiveAction,
  live,
  outcome,
  peer,
  withRoom,
} from './live-room-action-kit.js';
import { currentRoom } from './live-room-context.js';

const TIMED_OUT = 'timeout: no answer in time';
const CANCELLED_BY_LEAVE = 'cancelled: the request was given up with a leave that failed';

/**
 * The live-room machine's actions for publishing and requests: the owner's stream, its inbox
 * (link-mic and PK requests it answers), PK asked and quit, and an audience member's link mic.
 */
export const requestActions = {
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
    linkRooms(context, self, partner);
    commit(enqueue, self, context, { pkTarget: null, pkPartner: partner });
  }),
  /** A refusal carries the answer's reason; a deadline says it timed out (`timedOut`). */
  requestFailed: enqueueActions(
    ({ event, enqueue }, params: { kind: 'linkMic' | 'roomPK'; timedOut?: boolean; cancelled?: boolean }) => {
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
    peer(context, self, partner.userId, { type: 'quitRoomPK' });
    unlinkRooms(context, self);
    commit(enqueue, self, context, { pkPartner: null });
  }),
  /** The partner's stream never came: the PK is over for the app too (quitPk then tells the partner). */
  pkNeverConnected: enqueueActions(({ enqueue }) => enqueue.emit(live({ eventType: 'onQuitRoomPK' }))),
  remoteQuitPk: enqueueActions(({ context, enqueue, self }) => {
    enqueue.emit(live({ eventType: 'onQuitRoomPK' }));
    unlinkRooms(context, self);
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
} satisfies Record<string, LiveAction>;
