import { and, not, or, stateIn } from 'xstate';
import { INBOX, STAGE } from './anchor-regions.js';
import { pkState } from './live-room-pk-states.js';

import type { LiveStateConfig } from './live-room-setup.js';

const REFUSED_IN_PK = 'refused: the anchor is in PK';
const REFUSED_BUSY = 'refused: the anchor is answering another request';
const REFUSED_NOT_LIVE = 'refused: the anchor is not publishing';
const REFUSED_CO_HOSTING = 'refused: the anchor is co-hosting';

/** The owner anchor: its stage (previewing, live, linkMic, PK) and its inbox, side by side. */
export const anchorState = {
  type: 'parallel',
  on: {
    DESTROY_ROOM: { target: '#liveRoom.loggedIn.leaving', actions: 'holdOp' },
    KICKOUT_JOIN_ANCHOR: { guard: 'isCoHost', actions: ['kickout', 'settleOk'] },
    'peer.quitRoomPK': { guard: 'fromPkPartner', actions: 'remoteQuitPk' },
  },
  states: {
    stage: {
      initial: 'previewing',
      on: {
        // A PK request is taken only while live alone with nothing else pending.
        'peer.roomPKRequest': [
          {
            guard: stateIn(`${STAGE}.pk.inPK`),
            actions: { type: 'refuseRequest', params: { reason: REFUSED_IN_PK } },
          },
          {
            guard: and([stateIn(`${STAGE}.live`), stateIn(`${INBOX}.empty`)]),
            target: '.pk.responding',
            actions: 'takeRequest',
          },
          {
            guard: stateIn(`${STAGE}.linkMic`),
            actions: { type: 'refuseRequest', params: { reason: REFUSED_CO_HOSTING } },
          },
          {
            guard: stateIn(`${STAGE}.previewing`),
            actions: { type: 'refuseRequest', params: { reason: REFUSED_NOT_LIVE } },
          },
          { actions: { type: 'refuseRequest', params: { reason: REFUSED_BUSY } } },
        ],
      },
      states: {
        previewing: { on: { PUBLISHED: { target: 'live', actions: 'published' } } },
        live: {
          always: { guard: 'hasCoHosts', target: 'linkMic' },
          on: {
            UNPUBLISHED: { target: 'previewing', actions: 'unpublished' },
            REQUEST_ROOM_PK: { target: 'pk.requesting', actions: ['requestPk', 'holdOp'] },
          },
        },
        linkMic: { always: { guard: not('hasCoHosts'), target: 'live' } },
        /** Cross-room PK: asking another anchor, answering one, or in PK. */
        pk: pkState,
      },
    },
    /** The one link-mic request the owner is answering. */
    inbox: {
      initial: 'empty',
      states: {
        empty: {
          on: {
            'peer.joinAnchorRequest': [
              {
                guard: not('forThisRoom'),
                actions: { type: 'refuseRequest', params: { reason: REFUSED_NOT_LIVE } },
              },
              {
                guard: stateIn(`${STAGE}.pk.inPK`),
                actions: { type: 'refuseRequest', params: { reason: REFUSED_IN_PK } },
              },
              {
                guard: or([stateIn(`${STAGE}.live`), stateIn(`${STAGE}.linkMic`)]),
                target: 'pending',
                actions: 'takeRequest',
              },
              {
                guard: stateIn(`${STAGE}.pk`),
                actions: { type: 'refuseRequest', params: { reason: REFUSED_BUSY } },
              },
              { actions: { type: 'refuseRequest', params: { reason: REFUSED_NOT_LIVE } } },
            ],
          },
        },
        pending: {
          // Unanswered in time: the requester times out by itself, nothing is sent.
          after: { requestTimeout: { target: 'empty', actions: 'dropIncoming' } },
          on: {
            'peer.requestWithdrawn': {
              guard: 'fromRequester',
              target: 'empty',
              actions: 'dropIncoming',
            },
            'peer.joinAnchorRequest': {
              actions: { type: 'refuseRequest', params: { reason: REFUSED_BUSY } },
            },
            RESPOND_JOIN_ANCHOR: {
              guard: 'answersIncoming',
              target: 'empty',
              actions: ['answerIncoming', 'settleOk'],
            },
          },
        },
      },
    },
  },
} as const satisfies LiveStateConfig;
