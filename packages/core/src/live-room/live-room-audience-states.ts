import { and, not } from 'xstate';
import type { Ev } from './live-room-action-kit.js';
import { currentRoom } from './live-room-context.js';

import type { LiveStateConfig } from './live-room-setup.js';

/** In the audience: watching, asking the owner to link mic, or linked (a co-host). */
export const audienceState = {
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
        actions: [{ type: 'requestFailed', params: { kind: 'linkMic', cancelled: true } }, 'withdrawRequest'],
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
} as const satisfies LiveStateConfig;
