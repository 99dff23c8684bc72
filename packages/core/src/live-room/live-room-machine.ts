import { initialLiveRoomContext } from './live-room-context.js';
import { creatingState, enteringState, leavingState, outsideState } from './live-room-entry-states.js';
import { roomState } from './live-room-room-states.js';
import { loggedOutState, loggingInState, loggingOutState } from './live-room-session-states.js';
import { liveRoomSetup } from './live-room-setup.js';

/**
 * The live-room machine, one definition for every instance (the adapter comes in as input, so a
 * page with thousands of simulated users builds it once). States are explicit: outside a room;
 * an owner anchor whose stage is previewing, live, linkMic, requestingPK or pk while its inbox is
 * empty or holds the one request it is answering; an audience member watching, requesting or linked.
 */
export const liveRoomMachine = liveRoomSetup.createMachine({
  id: 'liveRoom',
  /** The API's dependencies arrive as input and stay in `context.deps`. */
  context: ({ input }) => initialLiveRoomContext(input),
  initial: 'loggedOut',
  on: {
    DESTROY: { target: '.destroyed', actions: ['leaveRoomSignals', 'leaveRoom', 'settleOk'] },
    // Logged in, or while the session ends (its owned rooms are dismissed first: owed-logout.ts).
    ABANDONED_LEFT: { actions: 'abandonedLeft' },
  },
  states: {
    loggedOut: loggedOutState,
    loggingIn: loggingInState,
    loggingOut: loggingOutState,
    loggedIn: {
      initial: 'outside',
      on: {
        LOGOUT: {
          target: 'loggingOut',
          actions: ['giveUpOwnRoom', 'leaveRoomSignals', 'leaveRoom', 'holdOp'],
        },
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
        // A read that re-entered a room's group lands after that room was left (stray-join.ts).
        ROOM_READ: { guard: 'strayJoin', actions: 'quitStrayGroup' },
        'media.error': { actions: 'reportMedia' },
        'media.warning': { actions: 'reportMedia' },
        'media.log': { actions: 'reportMedia' },
      },
      states: {
        outside: outsideState,
        creating: creatingState,
        entering: enteringState,
        leaving: leavingState,
        room: roomState,
      },
    },
    destroyed: { type: 'final', entry: 'logoutQuietly' },
  },
});

/** The type of {@link liveRoomMachine}, the live-room state machine. */
export type LiveRoomMachine = typeof liveRoomMachine;
