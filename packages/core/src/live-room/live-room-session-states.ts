import type { Ev } from './live-room-action-kit.js';
import type { LiveStateConfig } from './live-room-setup.js';

/** Logged out (a lost logout answer may leave one owed: it is retried). */
export const loggedOutState = {
  entry: 'clearUser',
  on: {
    LOGIN: { target: 'loggingIn', actions: ['forgetLogout', 'holdOp', 'setUser'] },
    LOGOUT_RETRY: { actions: 'retryLogout' },
    LOGOUT_ANSWERED: { actions: 'logoutAnswered' },
    // The IM SDK, still logged in after the lost logout, is back: try now.
    'session.connectionChanged': { guard: 'linkBack', actions: 'retryLogout' },
  },
} as const satisfies LiveStateConfig;

/** Logging in to IM and TRTC. */
export const loggingInState = {
  invoke: {
    src: 'login',
    /** The dependencies and the LOGIN params. */
    input: ({ context, event }) => ({ deps: context.deps, params: (event as Ev<'LOGIN'>).params }),
    // Rooms an owed logout was to dismiss first: the new session dismisses them.
    onDone: { target: 'loggedIn', actions: ['settleOk', 'signalingUp', 'leaveAbandoned'] },
    onError: [
      // IM may hold a session (this one, or one an owed logout was ending): it is ended.
      { guard: 'answerLost', target: 'loggedOut', actions: ['settleFailed', 'oweLogout'] },
      { target: 'loggedOut', actions: 'settleFailed' },
    ],
  },
  exit: 'settleInterrupted',
} as const satisfies LiveStateConfig;

/** Logging out, after leaving any room. */
export const loggingOutState = {
  invoke: {
    src: 'logout',
    /** The dependencies, to log out through the adapter, and the machine, whose owned rooms given up on are dismissed first. */
    input: ({ context, self }) => ({ deps: context.deps, machine: self }),
    onDone: { target: 'loggedOut', actions: 'settleOk' },
    onError: [
      // IM may still hold the session (and its room's group): it is told again.
      { guard: 'answerLost', target: 'loggedOut', actions: ['settleFailed', 'oweLogout'] },
      { target: 'loggedOut', actions: 'settleFailed' },
    ],
  },
  exit: 'settleInterrupted',
} as const satisfies LiveStateConfig;
