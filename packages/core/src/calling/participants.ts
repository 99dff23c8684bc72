import type { CallEndReason } from '../domain/calling-events.js';

/** Where a remote party of the call stands, as this user sees it. */
export type ParticipantStatus =
  | 'invited'
  | 'accepted'
  | 'joined'
  | 'rejected'
  | 'busy'
  | 'noResponse'
  | 'cancelled'
  | 'left';

/** A user in the current call, as this user sees them: invited, joined or gone, and their media. */
export interface Participant {
  readonly status: ParticipantStatus;
  /** Who invited this user; only the inviter is told of reject / busy / no answer. */
  readonly invitedBy: string | null;
  readonly audioAvailable: boolean;
  readonly videoAvailable: boolean;
  /** This user is rendering their video (startRemoteView). */
  readonly rendering: boolean;
}

/** The current call's participants by userId. */
export type Participants = Readonly<Record<string, Participant>>;

/** Still expected in the room: the call is not over while anyone is. */
export const isActive = (status: ParticipantStatus): boolean =>
  status === 'invited' || status === 'accepted' || status === 'joined';

export const isPending = (status: ParticipantStatus): boolean => status === 'invited';

export const newParticipant = (status: ParticipantStatus, invitedBy: string | null): Participant => ({
  status,
  invitedBy,
  audioAvailable: false,
  videoAvailable: false,
  rendering: false,
});

export const idsWhere = (
  participants: Participants,
  test: (p: Participant, userId: string) => boolean,
): string[] =>
  Object.keys(participants).filter((userId) => test(participants[userId] as Participant, userId));

/** The rule for every party: the call is over when nobody remote is in the room and nobody invited is pending. */
export const isCallOver = (participants: Participants): boolean =>
  !Object.values(participants).some((p) => isActive(p.status));

/** Why a call that never connected is over, from the outcomes of its invitations. */
export function unansweredReason(participants: Participants): CallEndReason {
  const statuses = new Set(Object.values(participants).map((p) => p.status));
  if (statuses.has('left')) return 'remoteHangup';
  if (statuses.has('busy')) return 'lineBusy';
  if (statuses.has('rejected')) return 'rejected';
  if (statuses.has('noResponse')) return 'noResponse';
  return 'cancelled';
}
