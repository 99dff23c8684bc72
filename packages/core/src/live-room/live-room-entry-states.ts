import { EMPTY_ROOM_STATE } from '../domain/room-info.js';
import type { Ev } from './live-room-action-kit.js';
import { currentRoom } from './live-room-context.js';
import type { LiveStateConfig } from './live-room-setup.js';

/** Logged in, in no room. */
export const outsideState = {
  on: {
    CREATE_ROOM: { target: 'creating', actions: ['holdOp', 'noteEntry'] },
    ENTER_ROOM: { target: 'entering', actions: ['holdOp', 'noteEntry'] },
  },
} as const satisfies LiveStateConfig;

/** Creating a room, to enter it as its owner anchor. */
export const creatingState = {
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
      actions: ['joinRoom', 'announceResumed', 'rejoinIfRelinked', 'startReads', 'settleOk'],
    },
    onError: { target: 'outside', actions: ['settleFailed', 'abandonEntry'] },
  },
  on: { 'session.connectionChanged': { actions: ['noteEntryRelink', 'noteSignaling'] } },
  exit: 'settleInterrupted',
} as const satisfies LiveStateConfig;

/** Entering a room as audience; its room events meanwhile are kept. */
export const enteringState = {
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
} as const satisfies LiveStateConfig;

/** Leaving a room (the owner dismisses it); a failed leave goes back into it. */
export const leavingState = {
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
} as const satisfies LiveStateConfig;
