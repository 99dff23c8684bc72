import { assign, emit } from 'xstate';
import { enqueueActions } from '../machine/lean-xstate.js';
import { type CallAction, calling, type Ev, effect } from './call-action-kit.js';
import { awaitAccepted } from './call-connection.js';
import type { CallingContext } from './call-context.js';
import {
  addInvitees,
  currentCall,
  incomingCall,
  inviteeList,
  outgoingCall,
  removeInvitees,
  setAvailability,
  setStatus,
  withParticipants,
} from './call-updates.js';
import { isPending, newParticipant } from './participants.js';

/** The call machine's actions on its parties: invitations, their answers and deadlines, who is in the room. */
export const partyActions = {
  startOutgoing: assign(({ context, event }) => ({
    call: outgoingCall(context.userId ?? '', event as Ev<'CALL'>),
    failure: null,
  })),
  startIncoming: enqueueActions(({ context, event, enqueue }) => {
    const e = event as Ev<'sig.invited'>;
    const call = incomingCall(context.userId ?? '', e);
    enqueue.assign({ call, failure: null });
    enqueue.emit(
      calling({
        eventType: 'onInvited',
        sponsor: e.inviter,
        userIdList: e.invitees,
        isFromGroup: e.isGroup,
        callType: e.callType,
      }),
    );
  }),
  /** Glare: drop our invitation to them and join their call instead. */
  yieldToIncoming: enqueueActions(({ context, event, enqueue, self }) => {
    const e = event as Ev<'sig.invited'>;
    const own = currentCall(context);
    effect(context, self, () =>
      context.deps.adapter.callSignaling.cancel({ roomId: own.roomId, invitees: [e.inviter] }),
    );
    enqueue.assign({ call: { ...incomingCall(context.userId ?? '', e), mediaJoined: true } });
  }),
  rejectBusy: ({ context, event, self }) => {
    const { roomId } = event as Ev<'sig.invited'>;
    effect(context, self, () => context.deps.adapter.callSignaling.reject({ roomId, reason: 'busy' }));
  },
  scheduleOwnInvites: enqueueActions(({ context, enqueue }) => {
    const call = currentCall(context);
    scheduleTimer(enqueue, context, call.roomId, Object.keys(call.participants), call.timeoutSec);
  }),
  scheduleIncoming: enqueueActions(({ context, event, enqueue }) => {
    const e = event as Ev<'sig.invited'>;
    scheduleTimer(enqueue, context, e.roomId, e.invitees, e.timeoutSec);
  }),
  dropTimer: enqueueActions(({ context, event, enqueue }) => {
    const { timerId } = event as Ev<'INVITE_TIMER'>;
    enqueue.assign({ timerIds: context.timerIds.filter((id) => id !== timerId) });
  }),
  markAccepted: enqueueActions(({ context, event, enqueue }) => {
    const { userId } = event as Ev<'sig.accepted'>;
    const { call } = setStatus(currentCall(context), [userId], 'accepted', isPending);
    enqueue.assign({ call });
    // In a call under way, an accept is a promise to join: it gets the grace to keep it.
    if (call.connectedAt !== null)
      awaitAccepted(enqueue, { ...context, call }, context.deps.reconnectGraceMs);
  }),
  awaitAccepted: enqueueActions(({ context, enqueue }) =>
    awaitAccepted(enqueue, context, context.deps.reconnectGraceMs),
  ),
  markRejected: enqueueActions(({ context, event, enqueue }) => {
    const e = event as Ev<'sig.rejected'>;
    const status = e.reason === 'busy' ? 'busy' : 'rejected';
    const { call, changed } = setStatus(currentCall(context), [e.userId], status, isPending);
    enqueue.assign({ call });
    if (changed.length > 0 && call.participants[e.userId]?.invitedBy === context.userId) {
      enqueue.emit(
        calling(
          e.reason === 'busy'
            ? { eventType: 'onLineBusy', userId: e.userId }
            : { eventType: 'onReject', userId: e.userId },
        ),
      );
    }
  }),
  markNoResponse: enqueueActions(({ context, event, enqueue }) => {
    const e = event as Ev<'sig.timedOut'> | Ev<'INVITE_TIMER'>;
    const { call, changed } = setStatus(currentCall(context), e.userIds, 'noResponse', isPending);
    enqueue.assign({ call });
    for (const userId of changed) {
      if (call.participants[userId]?.invitedBy === context.userId)
        enqueue.emit(calling({ eventType: 'onNoResp', userId }));
    }
  }),
  markJoined: enqueueActions(({ context, event, enqueue }) => {
    const { userId } = event as Ev<'media.userEntered'>;
    const call = currentCall(context);
    const before = call.participants[userId];
    if (before?.status === 'joined') return;
    const participant = { ...(before ?? newParticipant('joined', null)), status: 'joined' as const };
    enqueue.assign({ call: withParticipants(call, { ...call.participants, [userId]: participant }) });
    enqueue.emit(calling({ eventType: 'onUserEnter', userId }));
  }),
  markLeft: enqueueActions(({ context, event, enqueue }) => {
    const e = event as Ev<'media.userLeft'> | Ev<'sig.hungUp'>;
    const wasJoined = context.call?.participants[e.userId]?.status === 'joined';
    const { call, changed } = setStatus(
      currentCall(context),
      [e.userId],
      'left',
      (s) => s === 'joined' || s === 'accepted',
    );
    enqueue.assign({ call });
    if (changed.length > 0 && wasJoined)
      enqueue.emit(calling({ eventType: 'onUserLeave', userId: e.userId }));
  }),
  markInviterLeft: assign(({ context, event }) => ({
    call: setStatus(
      currentCall(context),
      [(event as Ev<'sig.cancelled'>).inviter],
      'left',
      (s) => s !== 'left',
    ).call,
  })),
  markAvailability: assign(({ context, event }) => {
    const e = event as Ev<'media.audioAvailable'> | Ev<'media.videoAvailable'>;
    const kind = e.type === 'media.audioAvailable' ? 'audioAvailable' : 'videoAvailable';
    return { call: setAvailability(currentCall(context), e.userId, kind, e.available) ?? context.call };
  }),
  emitAvailability: emit(({ event }) => {
    const e = event as Ev<'media.audioAvailable'> | Ev<'media.videoAvailable'>;
    return calling({
      eventType: e.type === 'media.audioAvailable' ? 'onUserAudioAvailable' : 'onUserVideoAvailable',
      userId: e.userId,
      available: e.available,
    });
  }),
  /** Users newly invited into this call, by another party or by this user: everyone in it hears the whole list. */
  noteInvitees: enqueueActions(({ context, event, enqueue }) => {
    const e = event as Ev<'sig.invited'> | Ev<'INVITEES_ADDED'>;
    const self = context.userId ?? '';
    const inviter = e.type === 'sig.invited' ? e.inviter : self;
    const { call, added } = addInvitees(currentCall(context), e.invitees, inviter, self);
    if (added.length === 0) return;
    enqueue.assign({ call });
    enqueue.emit(calling({ eventType: 'onGroupCallInviteeListUpdate', userIdList: inviteeList(call, self) }));
    scheduleTimer(enqueue, context, call.roomId, added, e.timeoutSec);
  }),
  dropFailedInvitees: assign(({ context, event }) => ({
    call: removeInvitees(currentCall(context), (event as Ev<'INVITEES_FAILED'>).invitees),
  })),
  setRemoteView: assign(({ context, event }) => {
    const { userId, rendering } = event as Ev<'REMOTE_VIEW'>;
    const call = currentCall(context);
    const participant = call.participants[userId];
    if (!participant) return {};
    return {
      call: withParticipants(call, { ...call.participants, [userId]: { ...participant, rendering } }),
    };
  }),
} satisfies Record<string, CallAction>;

/**
 * One invitation's deadline as a delayed event on the actor's clock (the adapter's, so virtual time
 * drives it), cancelled when answered or when the call ends. Cheaper than a child actor per invite.
 */
function scheduleTimer(
  enqueue: {
    raise(event: Ev<'INVITE_TIMER'>, options: { id: string; delay: number }): void;
    assign(update: Partial<CallingContext>): void;
  },
  context: CallingContext,
  roomId: number,
  userIds: readonly string[],
  timeoutSec: number,
): void {
  if (timeoutSec <= 0 || userIds.length === 0) return;
  const timerId = `invite-timer-${context.timerSeq}`;
  enqueue.raise(
    { type: 'INVITE_TIMER', timerId, roomId, userIds },
    { id: timerId, delay: timeoutSec * 1000 },
  );
  enqueue.assign({ timerSeq: context.timerSeq + 1, timerIds: [...context.timerIds, timerId] });
}
