import { and, not } from 'xstate';
import { STAGE } from './anchor-regions.js';
import { currentRoom } from './live-room-context.js';

import type { LiveStateConfig } from './live-room-setup.js';

/** The owner anchor's cross-room PK: asking another anchor, answering one, or in PK. */
export const pkState = {
  initial: 'requesting',
  states: {
    requesting: {
      initial: 'sending',
      entry: 'noteAsking',
      // Resumed after a failed destroyRoom: the request went with the leave.
      always: {
        guard: not('asking'),
        target: `${STAGE}.live`,
        actions: [
          { type: 'requestFailed', params: { kind: 'roomPK', cancelled: true } },
          'withdrawRequest',
          'clearPkTarget',
        ],
      },
      after: {
        requestTimeout: {
          target: `${STAGE}.live`,
          actions: [
            { type: 'requestFailed', params: { kind: 'roomPK', timedOut: true } },
            'withdrawRequest',
            'clearPkTarget',
          ],
        },
      },
      on: {
        'peer.roomPKResponse': [
          {
            guard: and(['fromPkTarget', 'accepts']),
            target: 'inPK',
            actions: 'pkAccepted',
          },
          {
            guard: 'fromPkTarget',
            target: `${STAGE}.live`,
            actions: [{ type: 'requestFailed', params: { kind: 'roomPK' } }, 'clearPkTarget'],
          },
        ],
      },
      states: {
        sending: {
          invoke: {
            src: 'sendPeer',
            input: ({ context }) => ({
              deps: context.deps,
              userId: context.pkTarget?.userId ?? '',
              message: {
                type: 'roomPKRequest',
                roomId: context.pkTarget?.roomId ?? 0,
                fromRoomId: currentRoom(context).roomId,
                fromStreamId: currentRoom(context).streamId ?? '',
              },
            }),
            onDone: { target: 'waiting', actions: 'settleOk' },
            onError: {
              target: `${STAGE}.live`,
              actions: ['settleFailed', 'clearPkTarget'],
            },
          },
          exit: 'settleInterrupted',
        },
        waiting: {},
      },
    },
    responding: {
      // Unanswered in time: the requester times out by itself, nothing is sent.
      after: { requestTimeout: { target: `${STAGE}.live`, actions: 'dropIncoming' } },
      on: {
        'peer.requestWithdrawn': {
          guard: 'fromRequester',
          target: `${STAGE}.live`,
          actions: 'dropIncoming',
        },
        RESPOND_ROOM_PK: [
          {
            guard: and(['answersIncoming', 'accepts']),
            target: 'inPK',
            actions: ['pkFromIncoming', 'answerIncoming', 'settleOk'],
          },
          {
            guard: 'answersIncoming',
            target: `${STAGE}.live`,
            actions: ['answerIncoming', 'settleOk'],
          },
        ],
      },
    },
    inPK: {
      always: { guard: 'pkOver', target: `${STAGE}.live` },
      on: { QUIT_ROOM_PK: { target: `${STAGE}.live`, actions: ['quitPk', 'settleOk'] } },
      initial: 'connecting',
      states: {
        /** Agreed; the partner's stream is due (it may have given up or gone away). */
        connecting: {
          always: { guard: 'partnerStreaming', target: 'connected' },
          after: { requestTimeout: { actions: ['pkNeverConnected', 'quitPk'] } },
        },
        connected: {},
      },
    },
  },
} as const satisfies LiveStateConfig;
