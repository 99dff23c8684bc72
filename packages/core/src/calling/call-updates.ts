import { CallType } from '../domain/call-type.js';
import type { OfflinePushInfo } from '../domain/offline-push.js';
import type { CallSignalingEvent } from '../ports/call-signaling.port.js';
import type { ActiveCall, CallingContext } from './call-context.js';
import {
  idsWhere,
  isActive,
  newParticipant,
  type Participant,
  type ParticipantStatus,
  type Participants,
} from './participants.js';

/** An invitation as the machine receives it (whatever its event type prefix). */
export type Invitation = Omit<Extract<CallSignalingEvent, { type: 'invited' }>, 'type'>;

/** Pure context updates the machine's actions are made of. */

export function currentCall(context: CallingContext): ActiveCall {
  if (!context.call) throw new Error('call machine: no active call in a call state');
  return context.call;
}

export const isCurrentRoom = (context: CallingContext, roomId: number): boolean =>
  context.call?.roomId === roomId;

export function outgoingCall(
  self: string,
  params: {
    roomId: number;
    invitees: readonly string[];
    callType: CallType;
    groupId: string | undefined;
    isGroup: boolean;
    timeoutSec: number;
    offlinePush: OfflinePushInfo;
  },
): ActiveCall {
  const participants: Record<string, Participant> = {};
  for (const userId of params.invitees) participants[userId] = newParticipant('invited', self);
  return {
    roomId: params.roomId,
    callType: params.callType,
    role: 'caller',
    sponsor: self,
    groupId: params.groupId,
    isGroup: params.isGroup,
    timeoutSec: params.timeoutSec,
    participants,
    connectedAt: null,
    mediaJoined: true,
    offlinePush: params.offlinePush,
  };
}

/** The call as the invited user sees it: the inviter and those already in it are expected in the room. */
export function incomingCall(self: string, invite: Invitation): ActiveCall {
  const participants: Record<string, Participant> = {};
  for (const userId of invite.participants)
    if (userId !== self) participants[userId] = newParticipant('accepted', null);
  for (const userId of invite.invitees)
    if (userId !== self) participants[userId] = newParticipant('invited', invite.inviter);
  participants[invite.inviter] = newParticipant('accepted', null);
  return {
    roomId: invite.roomId,
    callType: invite.callType,
    role: 'callee',
    sponsor: invite.inviter,
    groupId: invite.groupId,
    isGroup: invite.isGroup,
    timeoutSec: invite.timeoutSec,
    participants,
    connectedAt: null,
    mediaJoined: false,
  };
}

export function setStatus(
  call: ActiveCall,
  userIds: readonly string[],
  status: ParticipantStatus,
  from: (current: ParticipantStatus) => boolean,
): { call: ActiveCall; changed: string[] } {
  const changed: string[] = [];
  let next: Record<string, Participant> | undefined;
  for (const userId of userIds) {
    const current = call.participants[userId];
    if (!current || current.status === status || !from(current.status)) continue;
    next ??= { ...call.participants };
    next[userId] = { ...current, status };
    changed.push(userId);
  }
  return { call: next ? withParticipants(call, next) : call, changed };
}

/** Adds newly invited users; ones already known keep their status. Returns who was new. */
export function addInvitees(
  call: ActiveCall,
  invitees: readonly string[],
  invitedBy: string,
  self: string,
): { call: ActiveCall; added: string[] } {
  const added = invitees.filter(
    (userId) => userId !== self && !isActive(call.participants[userId]?.status ?? 'left'),
  );
  if (added.length === 0) return { call, added };
  const participants: Record<string, Participant> = { ...call.participants };
  for (const userId of added) participants[userId] = newParticipant('invited', invitedBy);
  return { call: { ...call, isGroup: true, participants }, added };
}

export function removeInvitees(call: ActiveCall, userIds: readonly string[]): ActiveCall {
  const participants: Record<string, Participant> = { ...call.participants };
  for (const userId of userIds) if (participants[userId]?.status === 'invited') delete participants[userId];
  return withParticipants(call, participants);
}

export function setAvailability(
  call: ActiveCall,
  userId: string,
  kind: 'audioAvailable' | 'videoAvailable',
  available: boolean,
): ActiveCall | null {
  const current = call.participants[userId];
  if (!current || current[kind] === available) return null;
  const participants: Record<string, Participant> = { ...call.participants };
  participants[userId] = {
    status: current.status,
    invitedBy: current.invitedBy,
    audioAvailable: kind === 'audioAvailable' ? available : current.audioAvailable,
    videoAvailable: kind === 'videoAvailable' ? available : current.videoAvailable,
    rendering: current.rendering,
  };
  return withParticipants(call, participants);
}

/**
 * The call with new participants, written out field by field: every call object keeps one shape,
 * so this copy stays on V8's fast path (a spread here cost a tenth of each media event's time).
 */
export function withParticipants(call: ActiveCall, participants: Participants): ActiveCall {
  return {
    roomId: call.roomId,
    callType: call.callType,
    role: call.role,
    sponsor: call.sponsor,
    groupId: call.groupId,
    isGroup: call.isGroup,
    timeoutSec: call.timeoutSec,
    participants,
    connectedAt: call.connectedAt,
    mediaJoined: call.mediaJoined,
  };
}

/**
 * The call's whole invitee list, the same for every party (sorted): everyone invited so far,
 * this user included when it was invited; the sponsor is not an invitee.
 */
export function inviteeList(call: ActiveCall, self: string): string[] {
  const invited = idsWhere(call.participants, (p) => p.invitedBy !== null);
  if (call.role === 'callee') invited.push(self);
  return invited.sort();
}

export const anyWithStatus = (participants: Participants, status: ParticipantStatus): boolean =>
  Object.values(participants).some((p) => p.status === status);

export const isVideoCall = (call: ActiveCall | null): boolean => call?.callType === CallType.VIDEO;

/**
 * Glare: two users call each other at once. The call placed by the smaller userId wins; the other
 * side withdraws its own invitation and accepts, so both end up in one call and nobody is stuck.
 */
export function yieldsToIncoming(context: CallingContext, invite: Invitation): boolean {
  const call = context.call;
  const self = context.userId;
  if (!call || !self || call.role !== 'caller' || call.isGroup || invite.isGroup) return false;
  const ids = Object.keys(call.participants);
  return (
    ids.length === 1 &&
    ids[0] === invite.inviter &&
    call.participants[invite.inviter]?.status === 'invited' &&
    invite.invitees.length === 1 &&
    invite.invitees[0] === self &&
    invite.inviter < self
  );
}

export const durationSec = (call: ActiveCall, now: number): number =>
  call.connectedAt === null ? 0 : Math.max(0, Math.round((now - call.connectedAt) / 1000));
