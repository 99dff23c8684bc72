import type { LinkState } from '../domain/connection.js';
import { MEDIA_GRACE_TIMER, relink, signalingLink } from '../machine/connection.js';
import type { MediaConnectionState } from '../ports/call-media.port.js';
import type { ConnectionState } from '../ports/session.port.js';
import type { CallingContext } from './call-context.js';
import type { CallEmitted, GraceEvent } from './machine-events.js';
import { isActive } from './participants.js';

/**
 * The call machine's connection rules (actions and guards beside it): its own links as the app
 * sees them, and the grace a lost link (its own media, or a remote party's) gets before the call
 * ends with networkLost. TRTC room membership is the truth about the others: a party the cloud
 * dropped (userLeft networkTimeout) is gone once it stayed out for the grace.
 */
interface Enqueue {
  assign(update: Partial<CallingContext>): void;
  emit(event: CallEmitted): void;
  raise(event: GraceEvent, options: { id: string; delay: number }): void;
  cancel(id: string): void;
}

const partyTimer = (userId: string): string => `party-grace:${userId}`;

const withTimer = (context: CallingContext, id: string): readonly string[] =>
  context.timerIds.includes(id) ? context.timerIds : [...context.timerIds, id];

const withoutTimer = (context: CallingContext, id: string): readonly string[] =>
  context.timerIds.filter((t) => t !== id);

/** IM reconnecting or back: shown, never ending the call (media carries it). */
export function signalingChanged(enqueue: Enqueue, context: CallingContext, state: ConnectionState): void {
  const change = relink(context.connection, 'signaling', signalingLink(state));
  if (!change) return;
  enqueue.assign({ connection: change.connection });
  enqueue.emit({ type: 'calling', event: change.event });
}

/** Silent link changes that come with logging in, entering the room or ending the call. */
export const withLink = (context: CallingContext, scope: 'media' | 'signaling', state: LinkState) => ({
  connection: { ...context.connection, [scope]: state },
});

/** This user's TRTC link during a call: reconnecting starts the grace, back in the room ends it. */
export function mediaLinkChanged(
  enqueue: Enqueue,
  context: CallingContext,
  state: MediaConnectionState,
  graceMs: number,
): void {
  if (!context.call?.mediaJoined) return;
  const change = relink(context.connection, 'media', state);
  if (!change) return;
  if (state === 'reconnecting') {
    enqueue.raise({ type: 'MEDIA_GRACE' }, { id: MEDIA_GRACE_TIMER, delay: graceMs });
    enqueue.assign({ connection: change.connection, timerIds: withTimer(context, MEDIA_GRACE_TIMER) });
  } else {
    enqueue.cancel(MEDIA_GRACE_TIMER);
    enqueue.assign({ connection: change.connection, timerIds: withoutTimer(context, MEDIA_GRACE_TIMER) });
  }
  enqueue.emit({ type: 'calling', event: change.event });
}

/** The cloud dropped a joined party (no heartbeat): it has the grace to come back. */
export const droppedByCloud = (context: CallingContext, userId: string, reason: string): boolean =>
  reason === 'networkTimeout' && context.call?.participants[userId]?.status === 'joined';

export function awaitParty(enqueue: Enqueue, context: CallingContext, userId: string, graceMs: number): void {
  const id = partyTimer(userId);
  if (context.timerIds.includes(id)) return;
  enqueue.raise({ type: 'PARTY_GRACE', userId }, { id, delay: graceMs });
  enqueue.assign({ timerIds: withTimer(context, id) });
}

/**
 * Parties that accepted but are not in the room get the grace to show up: an accept is only a
 * promise, and a hang-up we never heard (sent before we were invited) must not hold the call open.
 */
export function awaitAccepted(enqueue: Enqueue, context: CallingContext, graceMs: number): void {
  let timerIds = context.timerIds;
  for (const [userId, p] of Object.entries(context.call?.participants ?? {})) {
    const id = partyTimer(userId);
    if (p.status !== 'accepted' || timerIds.includes(id)) continue;
    enqueue.raise({ type: 'PARTY_GRACE', userId }, { id, delay: graceMs });
    timerIds = [...timerIds, id];
  }
  if (timerIds !== context.timerIds) enqueue.assign({ timerIds });
}

/** A dropped party is back in the room within the grace: it never left as far as the app knows. */
export function partyBack(enqueue: Enqueue, context: CallingContext, userId: string): void {
  const id = partyTimer(userId);
  if (!context.timerIds.includes(id)) return;
  enqueue.cancel(id);
  enqueue.assign({ timerIds: withoutTimer(context, id) });
}

/** The grace ran out for the last party still in the call. */
export function lastPartyLost(context: CallingContext, userId: string): boolean {
  const participants = context.call?.participants ?? {};
  if (participants[userId]?.status !== 'joined') return false;
  return Object.entries(participants).every(([id, p]) => id === userId || !isActive(p.status));
}
