import { and } from 'xstate';
import { anchorState } from './live-room-anchor-states.js';
import { audienceState } from './live-room-audience-states.js';

import type { LiveStateConfig } from './live-room-setup.js';

/** In a room: as its owner anchor or in its audience; what any member hears there. */
export const roomState = {
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
    REENTRY_LOST: { guard: 'forThisRoom', actions: 'reenterAgain' },
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
    anchor: anchorState,
    audience: audienceState,
  },
} as const satisfies LiveStateConfig;
