import type { LiveRoomRecord } from '../domain/room-info.js';
import type { EffectTarget } from '../machine/effects.js';
import { announce } from './announcements.js';
import type { LiveRoomContext } from './live-room-context.js';
import { nextStateSeq } from './live-room-updates.js';

/**
 * A room its owner created, and whether IM still had its group (IM 10025: an owner whose userSig
 * expired was logged out without dismissing it, FUZZ_SEED=20261204 live world 3310).
 */
export interface RoomCreated {
  readonly record: LiveRoomRecord;
  readonly resumed: boolean;
}

/** The room an entry ends in: what enterRoom read, or what createRoom made. */
export const roomOfEntry = (output: LiveRoomRecord | RoomCreated): LiveRoomRecord =>
  'resumed' in output ? output.record : output;

/**
 * A resumed group is left as it was: its introduction, which newcomers read, and the state its
 * members still in it heard hold the old room's status and anchors. The owner, back from its
 * initial state, announces that state once over them (a new group has it from its creation, so
 * nothing is sent then), numbered after the old room's announcements (the numbers follow the clock).
 */
export function announceResumed(
  enqueue: { assign(update: Partial<LiveRoomContext>): void },
  context: LiveRoomContext,
  created: RoomCreated,
  self: EffectTarget,
): void {
  const room = context.room;
  if (!created.resumed || !room?.isOwner) return;
  const seq = nextStateSeq(room.stateSeq, context.deps.adapter.clock.now());
  enqueue.assign({ room: { ...room, stateSeq: seq } });
  announce(context, self, { roomId: room.roomId, state: room.record.state, seq });
}
