import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import { type LiveRoomRecord, toRoomInfo } from '../domain/room-info.js';
import type { EffectTarget } from '../machine/effects.js';
import type { MachineAction } from '../machine/machine-action.js';
import type { LivePeerMessage } from '../ports/live-signaling.port.js';
import { announce } from './announcements.js';
import type { LiveEmitted, LiveMachineEvent } from './live-machine-events.js';
import { currentRoom, type JoinedRoom, type LiveRoomContext } from './live-room-context.js';
import { nextStateSeq, ownRoomState, sameState } from './live-room-updates.js';
import { sendPeerInTurn } from './peer-messages.js';

/*
 * What the live-room machine's action tables (live-room-*-actions.ts) share: its events by type,
 * what it emits, effects and peer messages, and the owner's change-and-announce (`commit`).
 */

/** A machine event of one type. */
export type Ev<T extends LiveMachineEvent['type']> = Extract<LiveMachineEvent, { type: T }>;
type Self = EffectTarget;
type Enqueue = {
  assign(patch: Partial<LiveRoomContext>): void;
  emit(event: LiveEmitted): void;
};

export const live = (event: LiveRoomEvent): LiveEmitted => ({ type: 'live', event });
export const outcome = (kind: 'linkMic' | 'roomPK', event: RequestOutcomeEvent): LiveEmitted => ({
  type: kind,
  event,
});

export const effect = (context: LiveRoomContext, self: Self, work: () => Promise<unknown>) =>
  context.deps.effects.run(self, work);

/** An effect's outcome back to the machine, while it still runs. */
export function tellSelf(self: Self, event: LiveMachineEvent): void {
  if (self.getSnapshot().status === 'active')
    (self as unknown as { send(e: LiveMachineEvent): void }).send(event);
}

/**
 * Applies a change to the context; an owner whose derived room state changed announces it to the
 * room (and hears onRoomInfoChange itself), so the room status can never disagree with the stage.
 */
export function commit(
  enqueue: Enqueue,
  self: Self,
  context: LiveRoomContext,
  patch: Partial<LiveRoomContext>,
): void {
  const next = { ...context, ...patch };
  const room = next.room;
  if (!room?.isOwner) {
    enqueue.assign(patch);
    return;
  }
  const state = ownRoomState(next);
  if (sameState(state, room.record.state)) {
    enqueue.assign(patch);
    return;
  }
  const record: LiveRoomRecord = { ...room.record, state };
  // Numbered so an older announcement the network delays never replaces this one.
  const seq = nextStateSeq(room.stateSeq, context.deps.adapter.clock.now());
  enqueue.assign({ ...patch, room: { ...room, record, stateSeq: seq } });
  announce(context, self, { roomId: room.roomId, state, seq });
  enqueue.emit(live({ eventType: 'onRoomInfoChange', roomInfo: toRoomInfo(record) }));
}

export const withRoom = (context: LiveRoomContext, patch: Partial<JoinedRoom>): JoinedRoom => ({
  ...currentRoom(context),
  ...patch,
});

export const peer = (context: LiveRoomContext, self: Self, userId: string, message: LivePeerMessage) =>
  effect(context, self, () => sendPeerInTurn(context.deps, userId, message));

export const answer = (e: { accept: boolean; reason: string }) => ({ accept: e.accept, reason: e.reason });

/** An action of the live-room machine, as its `setup` takes one (see MachineAction). */
export type LiveAction = MachineAction<LiveRoomContext, LiveMachineEvent, LiveEmitted>;
