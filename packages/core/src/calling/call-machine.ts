import { setup } from '../machine/lean-xstate.js';
import type { Ev } from './call-action-kit.js';
import { callActions } from './call-actions.js';
import { acceptCallLogic, loginLogic, logoutLogic, startCallLogic } from './call-actors.js';
import {
  type ActiveCall,
  type CallDeps,
  type CallingContext,
  initialCallingContext,
} from './call-context.js';
import { callGuards } from './call-guards.js';
import { partyActions } from './call-party-actions.js';
import { currentCall } from './call-updates.js';
import type { CallEmitted, CallMachineEvent } from './machine-events.js';

/** An invoked start (call, accept) failed: part of it may have reached the others, so withdraw it. */
const startFailed = {
  target: '#calling.loggedIn.ended',
  actions: ['settleFailed', 'leaveCall', { type: 'endBecause', params: { reason: 'error' } }],
} as const;

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
  guards: callGuards,
  actions: { ...callActions, ...partyActions },
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

/** The type of {@link callMachine}, the calling state machine. */
export type CallMachine = typeof callMachine;
