import { ErrorCode, isAnswerLost, isTrtcSmartError } from '../domain/errors.js';
import type { LiveRoomRecord } from '../domain/room-info.js';
import { toRoomInfo } from '../domain/room-info.js';
import { MEDIA_GRACE_TIMER, relink, signalingLink } from '../machine/connection.js';
import type { EffectTarget } from '../machine/effects.js';
import type { MediaConnectionState } from '../ports/call-media.port.js';
import type { ConnectionState } from '../ports/session.port.js';
import { announce } from './announcements.js';
import { leaveGivenUp } from './leave-in-flight.js';
import type {
  AbandonedLeft,
  LiveEmitted,
  LiveGraceEvent,
  ReentryLost,
  RoomRead,
} from './live-machine-events.js';
import { currentRoom, type LeftRoom, type LiveRoomContext } from './live-room-context.js';
import { sameState } from './live-room-updates.js';

/**
 * The live machine's connection rules (actions and guards beside it): its links as the app sees
 * them, the grace a lost media link (its own, or the owner's stream) gets before the room is left,
 * and reconciliation with IM's truth. An AVChatRoom's notices are best-effort and IM keeps no
 * history for it, so a viewer reads the room's profile: after signaling comes back (re-entering
 * the group), shortly after a member-change tip (IM's join / quit tips, which a large AVChatRoom
 * sends its anchors only: co-hosts), and every `reconcileIntervalSec`. Barrage sent while a link is
 * down is lost, as IM keeps no history for AVChatRooms.
 */
interface Enqueue {
  assign(update: Partial<LiveRoomContext>): void;
  emit(event: LiveEmitted): void;
  raise(event: LiveGraceEvent, options: { id: string; delay: number }): void;
  cancel(id: string): void;
}

/** Ends a viewer's watch of an owner whose stream the cloud dropped, unless it is back in time. */
export const OWNER_GRACE_TIMER = 'owner-grace';
/** The next read of the room's profile. */
export const RECONCILE_TIMER = 'reconcile';
/** A member-change tip brings the next read this close (tips come in bursts: one read covers them). */
export const TIP_READ_DELAY_MS = 2_000;

const say = (enqueue: Enqueue, event: Parameters<typeof live>[0]) => enqueue.emit(live(event));
const live = (event: Extract<LiveEmitted, { type: 'live' }>['event']): LiveEmitted => ({
  type: 'live',
  event,
});

/**
 * IM reconnecting or back; back inside a room, the room is entered and read again (`rejoin`: not
 * while leaving it).
 */
export function signalingChanged(
  enqueue: Enqueue,
  context: LiveRoomContext,
  state: ConnectionState,
  self: EffectTarget,
  rejoin = true,
): void {
  const change = relink(context.connection, 'signaling', signalingLink(state));
  if (!change) return;
  enqueue.assign({ connection: change.connection });
  say(enqueue, change.event);
  if (state !== 'connected' || context.connection.signaling !== 'reconnecting') return;
  if (rejoin) reenterGroup(context, self);
  // Rooms given up during the outage: IM never heard this user leave them.
  if (context.abandoned.length > 0)
    enqueue.raise({ type: 'LEAVE_ABANDONED' }, { id: ABANDONED_TIMER, delay: 0 });
}

/** The next try at leaving an abandoned room's group. */
export const ABANDONED_TIMER = 'abandoned';
/** Between tries (each is one IM request, bounded by the request deadline). */
export const ABANDONED_RETRY_MS = 5_000;

/**
 * Gives up on a room IM may still hold this user in: it is told, again until it answers. Rooms
 * given up on earlier are still told (FUZZ_SEED=7: a second lost entry made the first forgotten).
 */
export function abandon(enqueue: Enqueue, context: LiveRoomContext, left: LeftRoom): void {
  const others = context.abandoned.filter((r) => r.roomId !== left.roomId);
  enqueue.assign({ abandoned: [...others, { roomId: left.roomId, isOwner: left.isOwner }] });
  enqueue.raise({ type: 'LEAVE_ABANDONED' }, { id: ABANDONED_TIMER, delay: 0 });
}

/**
 * Quits (or, its owner, dismisses) each abandoned room; both are idempotent, and a room already
 * gone counts as left. Only a lost answer (NETWORK_TIMEOUT) is tried again; back in that room, it
 * is no longer abandoned.
 */
export function leaveAbandoned(enqueue: Enqueue, context: LiveRoomContext, self: EffectTarget): void {
  const rooms = context.abandoned.filter((left) => left.roomId !== context.room?.roomId);
  if (rooms.length !== context.abandoned.length) enqueue.assign({ abandoned: rooms });
  if (rooms.length === 0) return;
  for (const left of rooms) leaveOne(context, self, left);
  enqueue.raise({ type: 'LEAVE_ABANDONED' }, { id: ABANDONED_TIMER, delay: ABANDONED_RETRY_MS });
}

function leaveOne(context: LiveRoomContext, self: EffectTarget, left: LeftRoom): void {
  // A leave on its way counts once answered; if its answer is lost, the next try is this one's
  // (live world 29292: a quiet leave's lost quit).
  context.deps.effects.run(self, async () => {
    if (await leaveGivenUp(context.deps, left)) send(self, { type: 'ABANDONED_LEFT', roomId: left.roomId });
  });
}

/** IM answered: that room is left (the others are still told). */
export function abandonedLeft(enqueue: Enqueue, context: LiveRoomContext, roomId: number): void {
  if (!context.abandoned.some((r) => r.roomId === roomId)) return;
  const rooms = context.abandoned.filter((r) => r.roomId !== roomId);
  enqueue.assign({ abandoned: rooms });
  if (rooms.length === 0) enqueue.cancel(ABANDONED_TIMER);
}

/**
 * Re-enters the room's IM group (joining twice succeeds) and replays its state: a viewer takes the
 * room as IM has it now (ROOM_READ), the owner announces its own again. A re-entry whose answer is
 * lost is tried again (REENTRY_LOST), while the user is in that room: the group no longer holds it
 * (its session ended), and no read or reconnect would put it back (seed 963968993, 1 % loss).
 */
export function reenterGroup(context: LiveRoomContext, self: EffectTarget): void {
  const room = context.room;
  if (!room) return;
  const { liveSignaling } = context.deps.adapter;
  const { roomId } = room;
  context.deps.effects.run(self, async () => {
    const lost = () => send(self, { type: 'REENTRY_LOST', roomId });
    const record = await readRoom(() => liveSignaling.enterRoom({ roomId }), lost);
    if (record === undefined) return;
    // Its last announcement again, under the same number: a member that had it keeps it as is.
    if (room.isOwner && record) {
      announce(context, self, { roomId, state: room.record.state, seq: room.stateSeq });
    } else if (!room.isOwner) send(self, { type: 'ROOM_READ', roomId, record, entered: true });
  });
}

/**
 * Reads the room's profile now (a timer or a tip asked for it); the next read is scheduled. After
 * a leave whose answer was lost, the read re-enters the group (entering twice succeeds), so a quit
 * that was done is undone and a dismiss that was done reads as the room gone.
 */
export function readRoomProfile(enqueue: Enqueue, context: LiveRoomContext, self: EffectTarget): void {
  const { roomId, rejoin } = currentRoom(context);
  const { liveSignaling } = context.deps.adapter;
  context.deps.effects.run(self, async () => {
    const record = await readRoom(async () => {
      if (rejoin) return liveSignaling.enterRoom({ roomId });
      const [found] = await liveSignaling.getRoomInfos({ roomIds: [roomId] });
      return found ?? null;
    });
    if (record !== undefined) send(self, { type: 'ROOM_READ', roomId, record, entered: rejoin });
  });
  scheduleRead(enqueue, context, context.deps.reconcileIntervalSec * 1000);
}

/** The group may no longer hold this user: from now on its reads re-enter it; the first is now. */
export function rejoinGroup(enqueue: Enqueue, context: LiveRoomContext, self: EffectTarget): void {
  const room = { ...currentRoom(context), rejoin: true };
  enqueue.assign({ room });
  readRoomProfile(enqueue, { ...context, room }, self);
}

/**
 * (Re)schedules the next read, `delayMs` from now (0: none). The owner reads too: its room state is
 * its own, but the room's existence is IM's (another of its devices may dismiss it, and that
 * notice can be lost: live world 26458).
 */
export function scheduleRead(enqueue: Enqueue, context: LiveRoomContext, delayMs: number): void {
  enqueue.cancel(RECONCILE_TIMER);
  if (delayMs <= 0) return;
  enqueue.raise({ type: 'RECONCILE' }, { id: RECONCILE_TIMER, delay: delayMs });
  enqueue.assign({ nextReadAt: context.deps.adapter.clock.now() + delayMs });
}

/**
 * A member-change tip brings the next read forward, once per interval at most (tips reach every
 * viewer at once: in a crowd each read is one IM request per viewer), so a viewer reads at most
 * twice per interval.
 */
export function tipArrived(enqueue: Enqueue, context: LiveRoomContext): void {
  const now = context.deps.adapter.clock.now();
  const intervalMs = context.deps.reconcileIntervalSec * 1000;
  if (now - context.tipReadAt < intervalMs || context.nextReadAt - now <= TIP_READ_DELAY_MS) return;
  enqueue.assign({ tipReadAt: now });
  scheduleRead(enqueue, context, TIP_READ_DELAY_MS);
}

/**
 * What a read found: the room as IM has it now replaces a stale anchor list, and an announced
 * anchor whose stream this viewer never heard of (TRTC's notice was lost: nothing resends it) is
 * told now, as onAnchorEnter, so the app plays it.
 */
export function roomRead(enqueue: Enqueue, context: LiveRoomContext, record: LiveRoomRecord): void {
  const room = currentRoom(context);
  const unheard = record.state.anchors
    .map((a) => a.userId)
    .filter((userId) => userId !== context.userId && !room.remoteAnchors.includes(userId));
  for (const userId of unheard) say(enqueue, { eventType: 'onAnchorEnter', userId });
  const stateChanged = !sameState(record.state, room.record.state);
  if (!stateChanged && record.memberCount === room.record.memberCount && unheard.length === 0) return;
  const next = { ...room.record, state: record.state, memberCount: record.memberCount };
  enqueue.assign({ room: { ...room, record: next, remoteAnchors: [...room.remoteAnchors, ...unheard] } });
  if (stateChanged) say(enqueue, { eventType: 'onRoomInfoChange', roomInfo: toRoomInfo(next) });
}

/** This user's TRTC link in a room: reconnecting starts the grace, back in the room ends it. */
export function mediaLinkChanged(
  enqueue: Enqueue,
  context: LiveRoomContext,
  state: MediaConnectionState,
): void {
  const change = relink(context.connection, 'media', state);
  if (!change) return;
  if (state === 'reconnecting') {
    enqueue.raise({ type: 'MEDIA_GRACE' }, { id: MEDIA_GRACE_TIMER, delay: context.deps.reconnectGraceMs });
  } else enqueue.cancel(MEDIA_GRACE_TIMER);
  enqueue.assign({ connection: change.connection });
  say(enqueue, change.event);
}

export function awaitOwner(enqueue: Enqueue, context: LiveRoomContext): void {
  enqueue.raise({ type: 'OWNER_GRACE' }, { id: OWNER_GRACE_TIMER, delay: context.deps.reconnectGraceMs });
}

/** Leaving a room stops its timers (not the abandoned room's: that one is already left). */
export function stopRoomTimers(enqueue: Pick<Enqueue, 'cancel'>): void {
  for (const id of [MEDIA_GRACE_TIMER, OWNER_GRACE_TIMER, RECONCILE_TIMER]) enqueue.cancel(id);
}

/**
 * The room as IM reads it; null when it no longer exists; undefined when IM did not answer (the
 * link is down again: the next read or reconnect tries again, with nothing to tell the app), and
 * `lost` is called when the answer was lost on the way.
 */
async function readRoom(
  read: () => Promise<LiveRoomRecord | null>,
  lost?: () => void,
): Promise<LiveRoomRecord | null | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isAnswerLost(error)) lost?.();
    return isTrtcSmartError(error) && error.code === ErrorCode.NOT_FOUND ? null : undefined;
  }
}

function send(self: EffectTarget, event: RoomRead | AbandonedLeft | ReentryLost) {
  if (self.getSnapshot().status === 'active')
    (self as unknown as { send(e: typeof event): void }).send(event);
}
