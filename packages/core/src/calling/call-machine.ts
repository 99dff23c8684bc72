import { assign, emit } from 'xstate';
import type { CallEndReason, CallingEvent } from '../domain/calling-events.js';
import { ErrorCode } from '../domain/errors.js';
import { NOT_CONNECTED } from '../machine/connection.js';
import { withDevice } from '../machine/devices.js';
import type { EffectTarget } from '../machine/effects.js';
import { enqueueActions, setup } from '../machine/lean-xstate.js';
import { settleOp } from '../machine/ops.js';
import { acceptCallLogic, loginLogic, logoutLogic, startCallLogic } from './call-actors.js';
import {
  awaitAccepted,
  awaitParty,
  droppedByCloud,
  lastPartyLost,
  mediaLinkChanged,
  partyBack,
  signalingChanged,
  withLink,
} from './call-connection.js';
import {
  type ActiveCall,
  type CallDeps,
  type CallingContext,
  initialCallingContext,
  initialDevices,
} from './call-context.js';
import { hangUpLateAccept, leaveRoom, leaveSignals } from './call-leaving.js';
import { answeredElsewhereReason } from './call-other-device.js';
import {
  addInvitees,
  anyWithStatus,
  currentCall,
  durationSec,
  incomingCall,
  inviteeList,
  isCurrentRoom,
  isVideoCall,
  outgoingCall,
  removeInvitees,
  setAvailability,
  setStatus,
  withParticipants,
  yieldsToIncoming,
} from './call-updates.js';
import type { CallEmitted, CallMachineEvent } from './machine-events.js';
import { isActive, isCallOver, isPending, newParticipant, unansweredReason } from './participants.js';

type Ev<T extends CallMachineEvent['type']> = Extract<CallMachineEvent, { type: T }>;

const calling = (event: CallingEvent): CallEmitted => ({ type: 'calling', event });

/** An invoked start (call, accept) failed: part of it may have reached the others, so withdraw it. */
const startFailed = {
  target: '#calling.loggedIn.ended',
  actions: ['settleFailed', 'leaveCall', { type: 'endBecause', params: { reason: 'error' } }],
} as const;

/** Fire-and-forget work whose failure is reported (onError) but never blocks the state change. */
const effect = (context: CallingContext, self: EffectTarget, run: () => Promise<unknown>): void =>
  context.deps.effects.run(self, run);

/**
 * The call machine: one definition for every user (building one costs milliseconds), whose ports
 * come in as the actor's input and stay in its context (`deps`). States are explicit (idle,
 * dialing, ringing, connecting, inCall, ended); port events are sent in by its API (createCalling
 * subscribes it to the ports), commands go out through invoked actors and named effects.
 * Everything it does to the outside world goes through the adapter's ports.
 */
export const callMachine = setup({
  types: {
    context: {} as CallingContext,
    input: {} as CallDeps,
    events: {} as CallMachineEvent,
    emitted: {} as CallEmitted,
  },
  actors: { login: loginLogic, logout: logoutLogic, startCall: startCallLogic, acceptCall: acceptCallLogic },
  delays: {
    connectTimeout: ({ context }) => context.deps.connectTimeoutMs,
  },
  guards: {
    isCallOver: ({ context }) => isCallOver(currentCall(context).participants),
    anyJoined: ({ context }) => anyWithStatus(currentCall(context).participants, 'joined'),
    anyAccepted: ({ context }) => anyWithStatus(currentCall(context).participants, 'accepted'),
    invitesMe: ({ context, event }) => {
      const e = event as Ev<'sig.invited'>;
      return context.userId !== null && e.inviter !== context.userId && e.invitees.includes(context.userId);
    },
    glareYield: ({ context, event }) => yieldsToIncoming(context, event as Ev<'sig.invited'>),
    forCurrentRoom: ({ context, event }) => isCurrentRoom(context, (event as { roomId: number }).roomId),
    forOtherRoomInvitingMe: ({ context, event }) => {
      const e = event as Ev<'sig.invited'>;
      return (
        !isCurrentRoom(context, e.roomId) &&
        context.userId !== null &&
        e.inviter !== context.userId &&
        e.invitees.includes(context.userId)
      );
    },
    timesMeOut: ({ context, event }) => {
      const e = event as Ev<'sig.timedOut'> | Ev<'INVITE_TIMER'>;
      return (
        isCurrentRoom(context, e.roomId) && context.userId !== null && e.userIds.includes(context.userId)
      );
    },
    cancelsMe: ({ context, event }) => {
      const e = event as Ev<'sig.cancelled'>;
      return isCurrentRoom(context, e.roomId) && context.call?.sponsor === e.inviter;
    },
    acceptsWithdrawn: ({ context, event }) => {
      const { roomId, userId } = event as Ev<'sig.accepted'>;
      const withdrawn = context.withdrawn;
      return (
        withdrawn?.roomId === roomId && withdrawn.userIds.includes(userId) && !isCurrentRoom(context, roomId)
      );
    },
    isVideoCall: ({ context }) => isVideoCall(context.call),
    cameraAllowed: ({ context, event }) =>
      isVideoCall(context.call) || (event as Ev<'CAMERA_CHANGED'>).camera === 'off',
    canInviteMore: ({ context, event }) => {
      const e = event as Ev<'INVITEES_ADDED'>;
      const call = context.call;
      return call !== null && e.invitees.every((id) => !isActive(call.participants[id]?.status ?? 'left'));
    },
    availabilityChanges: ({ context, event }) => {
      const e = event as Ev<'media.audioAvailable'> | Ev<'media.videoAvailable'>;
      const p = context.call?.participants[e.userId];
      return (
        p !== undefined &&
        p[e.type === 'media.audioAvailable' ? 'audioAvailable' : 'videoAvailable'] !== e.available
      );
    },
    droppedByCloud: ({ context, event }) => {
      const { userId, reason } = event as Ev<'media.userLeft'>;
      return droppedByCloud(context, userId, reason);
    },
    lastPartyLost: ({ context, event }) => lastPartyLost(context, (event as Ev<'PARTY_GRACE'>).userId),
    knowsRemoteUser: ({ context, event }) => {
      const p = context.call?.participants[(event as Ev<'REMOTE_VIEW'>).userId];
      return p !== undefined && isActive(p.status);
    },
  },
  actions: {
    settleOk: enqueueActions(({ context, event, enqueue }) => settleOp.ok(enqueue, context.pendingOp, event)),
    settleFailed: enqueueActions(({ context, event, enqueue }) =>
      settleOp.failed(enqueue, context.pendingOp, event as { error?: unknown }),
    ),
    /** An invoking state left for any other reason than its own result: its op was overtaken... */
    settleInterrupted: enqueueActions(({ context, event, enqueue }) =>
      // ...except in glare: our call goes on as the other side's, so the call() that started it succeeded.
      settleOp.interrupted(enqueue, context.pendingOp, event.type, event.type === 'sig.invited'),
    ),
    holdOp: assign({ pendingOp: ({ event }) => (event as { opId: number }).opId }),
    setUser: assign({ userId: ({ event }) => (event as Ev<'LOGIN'>).params.userId }),
    clearUser: assign({ userId: null, devices: initialDevices, connection: NOT_CONNECTED }),
    signalingUp: assign(({ context }) => withLink(context, 'signaling', 'connected')),
    mediaUp: assign(({ context }) => withLink(context, 'media', 'connected')),
    noteSignaling: enqueueActions(({ context, event, enqueue }) =>
      signalingChanged(enqueue, context, (event as Ev<'session.connectionChanged'>).state),
    ),
    noteMediaLink: enqueueActions(({ context, event, enqueue }) =>
      mediaLinkChanged(
        enqueue,
        context,
        (event as Ev<'media.connectionChanged'>).state,
        context.deps.reconnectGraceMs,
      ),
    ),
    awaitParty: enqueueActions(({ context, event, enqueue }) =>
      awaitParty(enqueue, context, (event as Ev<'media.userLeft'>).userId, context.deps.reconnectGraceMs),
    ),
    partyBack: enqueueActions(({ context, event, enqueue }) =>
      partyBack(enqueue, context, (event as Ev<'media.userEntered'>).userId),
    ),
    endBecause: assign((_, params: { reason: CallEndReason }) => ({ endReason: params.reason })),
    endAnsweredElsewhere: assign({ endReason: ({ event }) => answeredElsewhereReason(event) }),
    endUnanswered: assign({
      endReason: ({ context }) => unansweredReason(currentCall(context).participants),
    }),
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
      enqueue.emit(
        calling({ eventType: 'onGroupCallInviteeListUpdate', userIdList: inviteeList(call, self) }),
      );
      scheduleTimer(enqueue, context, call.roomId, added, e.timeoutSec);
    }),
    dropFailedInvitees: assign(({ context, event }) => ({
      call: removeInvitees(currentCall(context), (event as Ev<'INVITEES_FAILED'>).invitees),
    })),
    markMediaJoined: assign(({ context }) => ({ call: { ...currentCall(context), mediaJoined: true } })),
    switchToAudio: enqueueActions(({ context, event, enqueue, self }) => {
      const call = currentCall(context);
      if (!isVideoCall(call)) return;
      if (event.type === 'sig.switchedToAudio' && context.devices.camera !== 'off') {
        effect(context, self, () => context.deps.adapter.callMedia.closeCamera());
      }
      enqueue.assign({ call: { ...call, callType: 2 }, devices: { ...context.devices, camera: 'off' } });
      enqueue.emit(calling({ eventType: 'onCallTypeChanged', oldCallType: 1, newCallType: 2 }));
    }),
    setRemoteView: assign(({ context, event }) => {
      const { userId, rendering } = event as Ev<'REMOTE_VIEW'>;
      const call = currentCall(context);
      const participant = call.participants[userId];
      if (!participant) return {};
      return {
        call: withParticipants(call, { ...call.participants, [userId]: { ...participant, rendering } }),
      };
    }),
    setDevice: assign({
      devices: ({ context, event }) =>
        withDevice(context.devices, event as Ev<'CAMERA_CHANGED' | 'MIC_CHANGED' | 'HANDS_FREE_CHANGED'>),
    }),
    beginCall: enqueueActions(({ context, enqueue }) => {
      const call = currentCall(context);
      enqueue.assign({ call: { ...call, connectedAt: context.deps.adapter.clock.now() } });
      enqueue.emit(
        calling({
          eventType: 'onCallBegin',
          roomId: call.roomId,
          callType: call.callType,
          role: call.role,
        }),
      );
    }),
    leaveCall: enqueueActions(({ context, enqueue, self }) => {
      const roomId = context.call?.roomId;
      const userIds = leaveSignals(context, self);
      if (roomId !== undefined && userIds.length > 0) enqueue.assign({ withdrawn: { roomId, userIds } });
    }),
    hangUpWithdrawn: enqueueActions(({ context, event, enqueue, self }) => {
      const withdrawn = hangUpLateAccept(context, self, event as Ev<'sig.accepted'>);
      if (withdrawn) enqueue.assign({ withdrawn });
    }),
    /** The one place a call ends: leave the room, stop timers, tell the app once. */
    finishCall: enqueueActions(({ context, enqueue, self }, params: { reason?: CallEndReason }) => {
      const call = context.call;
      if (!call) return;
      const reason = params.reason ?? context.endReason ?? 'error';
      if (call.mediaJoined) leaveRoom(context, self);
      for (const timerId of context.timerIds) enqueue.cancel(timerId);
      const totalTime = durationSec(call, context.deps.adapter.clock.now());
      enqueue.assign({
        call: null,
        endReason: null,
        timerIds: [],
        devices: initialDevices,
        lastCall: { roomId: call.roomId, reason, totalTime },
        ...withLink(context, 'media', 'disconnected'),
      });
      enqueue.emit(calling({ eventType: 'onCallEnd', reason, totalTime }));
    }),
    reportEffectFailure: enqueueActions(({ event, enqueue }) => {
      const { error } = event as Ev<'EFFECT_FAILED'>;
      enqueue.emit(calling({ eventType: 'onError', code: error.code, msg: error.message }));
    }),
    reportMediaError: enqueueActions(({ event, enqueue }) => {
      const e = event as Ev<'media.error'>;
      enqueue.emit(
        calling({ eventType: 'onError', code: ErrorCode.ADAPTER_FAILURE, msg: `${e.message} (${e.code})` }),
      );
    }),
    emitKicked: enqueueActions(({ enqueue }) => enqueue.emit(calling({ eventType: 'onKickedOffline' }))),
    emitSigExpired: enqueueActions(({ enqueue }) => enqueue.emit(calling({ eventType: 'onUserSigExpired' }))),
    emitCancelled: enqueueActions(({ event, enqueue }) =>
      enqueue.emit(calling({ eventType: 'onCallingCancel', userId: (event as Ev<'sig.cancelled'>).inviter })),
    ),
    emitTimedOut: enqueueActions(({ enqueue }) => enqueue.emit(calling({ eventType: 'onCallingTimeOut' }))),
    logoutQuietly: ({ context, self }) => {
      if (context.userId !== null) effect(context, self, () => context.deps.adapter.session.logout());
    },
  },
}).createMachine({
  id: 'calling',
  /** The API's dependencies arrive as input and stay in `context.deps`. */
  context: ({ input }) => ({ ...initialCallingContext, deps: input }),
  initial: 'loggedOut',
  on: {
    DESTROY: {
      target: '.destroyed',
      actions: ['leaveCall', { type: 'finishCall', params: { reason: 'destroyed' } }, 'settleOk'],
    },
  },
  states: {
    loggedOut: {
      entry: 'clearUser',
      on: { LOGIN: { target: 'loggingIn', actions: ['holdOp', 'setUser'] } },
    },
    loggingIn: {
      invoke: {
        src: 'login',
        /** The adapter and the LOGIN params. */
        input: ({ context, event }) => ({
          adapter: context.deps.adapter,
          params: (event as Ev<'LOGIN'>).params,
        }),
        onDone: { target: 'loggedIn', actions: ['settleOk', 'signalingUp'] },
        onError: { target: 'loggedOut', actions: 'settleFailed' },
      },
      exit: 'settleInterrupted',
    },
    loggingOut: {
      invoke: {
        src: 'logout',
        /** The dependencies, to log out through the adapter. */
        input: ({ context }) => context.deps,
        onDone: { target: 'loggedOut', actions: 'settleOk' },
        onError: { target: 'loggedOut', actions: 'settleFailed' },
      },
      exit: 'settleInterrupted',
    },
    loggedIn: {
      initial: 'idle',
      on: {
        LOGOUT: {
          target: 'loggingOut',
          actions: ['leaveCall', { type: 'finishCall', params: { reason: 'logout' } }, 'holdOp'],
        },
        'session.kickedOffline': {
          target: 'loggedOut',
          actions: [{ type: 'finishCall', params: { reason: 'kickedOffline' } }, 'emitKicked'],
        },
        'session.userSigExpired': {
          target: 'loggedOut',
          actions: [{ type: 'finishCall', params: { reason: 'userSigExpired' } }, 'emitSigExpired'],
        },
        'sig.invited': { guard: 'forOtherRoomInvitingMe', actions: 'rejectBusy' },
        'sig.accepted': { guard: 'acceptsWithdrawn', actions: 'hangUpWithdrawn' },
        EFFECT_FAILED: { actions: 'reportEffectFailure' },
        'media.error': { actions: 'reportMediaError' },
        'session.connectionChanged': { actions: 'noteSignaling' },
      },
      states: {
        idle: {
          on: {
            CALL: { target: 'active.dialing', actions: ['startOutgoing', 'holdOp'] },
            'sig.invited': {
              guard: 'invitesMe',
              target: 'ringing',
              actions: ['startIncoming', 'scheduleIncoming'],
            },
          },
        },
        ringing: {
          on: {
            ACCEPT: { target: 'active.connecting.joining', actions: 'holdOp' },
            REJECT: {
              target: 'ended',
              actions: ['leaveCall', { type: 'endBecause', params: { reason: 'localReject' } }, 'settleOk'],
            },
            HANGUP: {
              target: 'ended',
              actions: ['leaveCall', { type: 'endBecause', params: { reason: 'localReject' } }, 'settleOk'],
            },
            'sig.cancelled': {
              guard: 'cancelsMe',
              target: 'ended',
              actions: ['emitCancelled', { type: 'endBecause', params: { reason: 'cancelled' } }],
            },
            'sig.timedOut': [
              {
                guard: 'timesMeOut',
                target: 'ended',
                actions: ['emitTimedOut', { type: 'endBecause', params: { reason: 'timeout' } }],
              },
              { guard: 'forCurrentRoom', actions: 'markNoResponse' },
            ],
            INVITE_TIMER: [
              {
                guard: 'timesMeOut',
                target: 'ended',
                actions: ['emitTimedOut', { type: 'endBecause', params: { reason: 'timeout' } }],
              },
              // Every deadline while ringing is this call's: the last call's were cancelled when it ended.
              { guard: 'forCurrentRoom', actions: ['dropTimer', 'markNoResponse'] },
            ],
            'sig.accepted': { guard: 'forCurrentRoom', actions: 'markAccepted' },
            'sig.rejected': { guard: 'forCurrentRoom', actions: 'markRejected' },
            'sig.answeredElsewhere': {
              guard: 'forCurrentRoom',
              target: 'ended',
              actions: 'endAnsweredElsewhere',
            },
            'sig.hungUp': { guard: 'forCurrentRoom', actions: 'markLeft' },
            'sig.invited': { guard: 'forCurrentRoom', actions: 'noteInvitees' },
            CAMERA_CHANGED: { guard: 'cameraAllowed', actions: 'setDevice' },
            MIC_CHANGED: { actions: 'setDevice' },
            HANDS_FREE_CHANGED: { actions: 'setDevice' },
          },
        },
        active: {
          initial: 'dialing',
          on: {
            HANGUP: {
              target: 'ended',
              actions: ['leaveCall', { type: 'endBecause', params: { reason: 'localHangup' } }, 'settleOk'],
            },
            'sig.invited': [
              {
                guard: 'glareYield',
                target: '.connecting.joining',
                actions: ['yieldToIncoming', 'scheduleIncoming'],
              },
              { guard: 'forCurrentRoom', actions: 'noteInvitees' },
              { guard: 'forOtherRoomInvitingMe', actions: 'rejectBusy' },
            ],
            'sig.accepted': { guard: 'forCurrentRoom', actions: 'markAccepted' },
            'sig.rejected': { guard: 'forCurrentRoom', actions: 'markRejected' },
            'sig.timedOut': { guard: 'forCurrentRoom', actions: 'markNoResponse' },
            INVITE_TIMER: [
              { guard: 'forCurrentRoom', actions: ['dropTimer', 'markNoResponse'] },
              { actions: 'dropTimer' },
            ],
            'sig.hungUp': { guard: 'forCurrentRoom', actions: 'markLeft' },
            'sig.cancelled': { guard: 'cancelsMe', actions: 'markInviterLeft' },
            'sig.switchedToAudio': { guard: 'forCurrentRoom', actions: 'switchToAudio' },
            SWITCHED_TO_AUDIO: { guard: 'isVideoCall', actions: 'switchToAudio' },
            'media.userEntered': { actions: ['partyBack', 'markJoined'] },
            'media.userLeft': [{ guard: 'droppedByCloud', actions: 'awaitParty' }, { actions: 'markLeft' }],
            PARTY_GRACE: [
              {
                // The call is lost, not left: no onUserLeave before its onCallEnd(networkLost).
                guard: 'lastPartyLost',
                target: 'ended',
                actions: { type: 'endBecause', params: { reason: 'networkLost' } },
              },
              { actions: 'markLeft' },
            ],
            'media.connectionChanged': { actions: 'noteMediaLink' },
            MEDIA_GRACE: {
              target: 'ended',
              actions: { type: 'endBecause', params: { reason: 'networkLost' } },
            },
            'media.audioAvailable': {
              guard: 'availabilityChanges',
              actions: ['markAvailability', 'emitAvailability'],
            },
            'media.videoAvailable': {
              guard: 'availabilityChanges',
              actions: ['markAvailability', 'emitAvailability'],
            },
            'media.connectionLost': {
              target: 'ended',
              actions: { type: 'endBecause', params: { reason: 'networkLost' } },
            },
            INVITEES_ADDED: { guard: 'canInviteMore', actions: 'noteInvitees' },
            INVITEES_FAILED: { actions: 'dropFailedInvitees' },
            CAMERA_CHANGED: { guard: 'cameraAllowed', actions: 'setDevice' },
            MIC_CHANGED: { actions: 'setDevice' },
            HANDS_FREE_CHANGED: { actions: 'setDevice' },
            REMOTE_VIEW: { guard: 'knowsRemoteUser', actions: 'setRemoteView' },
          },
          states: {
            dialing: {
              initial: 'starting',
              states: {
                starting: {
                  invoke: {
                    src: 'startCall',
                    input: ({ context }) => startInput(context),
                    onDone: { target: 'waiting', actions: ['settleOk', 'mediaUp', 'scheduleOwnInvites'] },
                    onError: startFailed,
                  },
                  exit: 'settleInterrupted',
                },
                waiting: {
                  always: [
                    { guard: 'isCallOver', target: '#calling.loggedIn.ended', actions: 'endUnanswered' },
                    { guard: 'anyJoined', target: '#calling.loggedIn.active.inCall' },
                    { guard: 'anyAccepted', target: '#calling.loggedIn.active.connecting.waitingMedia' },
                  ],
                },
              },
            },
            connecting: {
              initial: 'waitingMedia',
              states: {
                joining: {
                  entry: 'markMediaJoined',
                  invoke: {
                    src: 'acceptCall',
                    input: ({ context, event }) => acceptInput(context, event.type === 'sig.invited'),
                    onDone: { target: 'waitingMedia', actions: ['settleOk', 'mediaUp'] },
                    onError: startFailed,
                  },
                  exit: 'settleInterrupted',
                },
                waitingMedia: {
                  always: [
                    { guard: 'isCallOver', target: '#calling.loggedIn.ended', actions: 'endUnanswered' },
                    { guard: 'anyJoined', target: '#calling.loggedIn.active.inCall' },
                  ],
                  after: {
                    connectTimeout: {
                      target: '#calling.loggedIn.ended',
                      actions: { type: 'endBecause', params: { reason: 'connectFailed' } },
                    },
                  },
                },
              },
            },
            inCall: {
              entry: ['beginCall', 'awaitAccepted'],
              always: {
                guard: 'isCallOver',
                target: '#calling.loggedIn.ended',
                actions: { type: 'endBecause', params: { reason: 'remoteHangup' } },
              },
            },
          },
        },
        ended: {
          entry: { type: 'finishCall', params: {} },
          always: 'idle',
        },
      },
    },
    destroyed: { type: 'final', entry: 'logoutQuietly' },
  },
});

function startInput(context: CallingContext) {
  const call: ActiveCall = currentCall(context);
  return {
    adapter: context.deps.adapter,
    userId: context.userId ?? '',
    roomId: call.roomId,
    invitees: Object.keys(call.participants),
    callType: call.callType,
    groupId: call.groupId,
    isGroup: call.isGroup,
    timeoutSec: call.timeoutSec,
    offlinePush: call.offlinePush,
    effects: context.deps.effects,
  };
}

function acceptInput(context: CallingContext, leaveRoomFirst: boolean) {
  const call = currentCall(context);
  return {
    adapter: context.deps.adapter,
    userId: context.userId ?? '',
    roomId: call.roomId,
    callType: call.callType,
    leaveRoomFirst,
    effects: context.deps.effects,
  };
}

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

/** The type of {@link callMachine}, the calling state machine. */
export type CallMachine = typeof callMachine;
