import type { GuardPredicate } from 'xstate';
import { isAnswerLost } from '../domain/errors.js';
import type { UserInfo } from '../domain/room-info.js';
import type { LiveMachineEvent } from './live-machine-events.js';
import type { Ev } from './live-room-action-kit.js';
import type { LiveRoomContext } from './live-room-context.js';
import { isPartnerStreaming, isPkPartner, isRoomOwner } from './live-room-updates.js';
import { isRoomGone } from './room-gone.js';
import { isStrayJoin } from './stray-join.js';

/** The live-room machine's guards (live-room-setup.ts gives them to its `setup`). */
export const liveRoomGuards = {
  forThisRoom: ({ context, event }) => context.room?.roomId === (event as { roomId: number }).roomId,
  fromOwner: ({ context, event }) => {
    const e = event as { from: UserInfo; roomId: number };
    return isRoomOwner(context, e.from.userId) && context.room?.roomId === e.roomId;
  },
  fromPkTarget: ({ context, event }) =>
    context.pkTarget?.userId === (event as { from: UserInfo }).from.userId,
  fromPkPartner: ({ context, event }) => isPkPartner(context, (event as { from: UserInfo }).from.userId),
  answersIncoming: ({ context, event }) => {
    const e = event as Ev<'RESPOND_JOIN_ANCHOR'> | Ev<'RESPOND_ROOM_PK'>;
    const kind = e.type === 'RESPOND_JOIN_ANCHOR' ? 'joinAnchor' : 'roomPK';
    return context.incoming?.kind === kind && context.incoming.from.userId === e.userId;
  },
  accepts: ({ event }) => (event as { accept: boolean }).accept,
  isCoHost: ({ context, event }) => {
    const { userId } = event as Ev<'KICKOUT_JOIN_ANCHOR'>;
    return (
      context.coHosts.some((a) => a.userId === userId) || context.accepted.some((u) => u.userId === userId)
    );
  },
  hasCoHosts: ({ context }) => context.coHosts.length > 0,
  ownerDroppedOff: ({ context, event }) => {
    const { userId, reason } = event as Ev<'media.anchorLeft'>;
    return reason === 'networkTimeout' && !context.room?.isOwner && isRoomOwner(context, userId);
  },
  pkOver: ({ context }) => context.pkPartner === null,
  /** Dismissed, or dismissed and created again by another anchor. */
  roomGone: ({ context, event }) => isRoomGone(context, (event as Ev<'ROOM_READ'>).record),
  strayJoin: ({ context, event }) => isStrayJoin(context, event as Ev<'ROOM_READ'>),
  isOwner: ({ context }) => context.room?.isOwner === true,
  answerLost: ({ event }) => isAnswerLost((event as { error?: unknown }).error),
  linkBack: ({ event }) => (event as Ev<'session.connectionChanged'>).state === 'connected',
  asking: ({ context }) => context.asking,
  partnerStreaming: ({ context }) => isPartnerStreaming(context),
  fromRequester: ({ context, event }) =>
    context.incoming?.from.userId === (event as { from: UserInfo }).from.userId,
} satisfies Record<string, GuardPredicate<LiveRoomContext, LiveMachineEvent, unknown, never>>;
