import type { EffectTarget } from '../machine/effects.js';
import type { ConnectionState } from '../ports/session.port.js';
import { reenterGroup } from './live-connection.js';
import type { LiveRoomContext } from './live-room-context.js';

/**
 * IM's session can end and come back while a room is being created or entered (a userSig
 * renewed mid-step, FUZZ_SEED=7 live world 2100): an AVChatRoom's membership is the session's, so
 * the group the entry had already joined no longer holds this user, and a reconnect re-enters
 * the group only from inside a room (live-connection.ts). The entry notes that its link came back;
 * once in the room it enters the group again (joining twice succeeds).
 */
export function noteEntryRelink(
  enqueue: { assign(update: Partial<LiveRoomContext>): void },
  context: LiveRoomContext,
  state: ConnectionState,
): void {
  if (state === 'connected' && context.connection.signaling === 'reconnecting' && context.entry)
    enqueue.assign({ entry: { ...context.entry, relinked: true } });
}

/** In the room the entry made: its group entered again if the link came back meanwhile. */
export function rejoinIfRelinked(context: LiveRoomContext, self: EffectTarget): void {
  if (context.entry?.relinked) reenterGroup(context, self);
}
