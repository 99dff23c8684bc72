import type { GuardPredicate } from 'xstate';
import type { Ev } from './call-action-kit.js';
import { droppedByCloud, lastPartyLost } from './call-connection.js';
import type { CallingContext } from './call-context.js';
import { anyWithStatus, currentCall, isCurrentRoom, isVideoCall, yieldsToIncoming } from './call-updates.js';
import type { CallMachineEvent } from './machine-events.js';
import { isActive, isCallOver } from './participants.js';

/** The call machine's guards (call-machine.ts gives them to its `setup`). */
export const callGuards = {
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
    return isCurrentRoom(context, e.roomId) && context.userId !== null && e.userIds.includes(context.userId);
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
} satisfies Record<string, GuardPredicate<CallingContext, CallMachineEvent, unknown, never>>;
