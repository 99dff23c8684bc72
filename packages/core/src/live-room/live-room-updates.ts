import { type AnchorInfo, type RoomState, RoomStatus } from '../domain/room-info.js';
import type { LiveRoomContext, PkPeer } from './live-room-context.js';
import { currentRoom } from './live-room-context.js';

/** The owner's room state, derived from what it knows: PK beats co-hosts beats publishing alone. */
export function ownRoomState(context: LiveRoomContext): RoomState {
  const room = currentRoom(context);
  const self: AnchorInfo[] =
    room.streamId === null
      ? []
      : [{ userId: context.userId ?? '', userName: context.profile.userName, streamId: room.streamId }];
  if (context.pkPartner) return { status: RoomStatus.PK, anchors: [...self, anchorOf(context.pkPartner)] };
  if (context.coHosts.length > 0)
    return { status: RoomStatus.LINK_MIC, anchors: [...self, ...context.coHosts] };
  return { status: self.length > 0 ? RoomStatus.SINGLE : RoomStatus.NONE, anchors: self };
}

const anchorOf = ({ userId, userName, streamId }: PkPeer): AnchorInfo => ({ userId, userName, streamId });

/** The next announcement's number: after the last, and at least the clock, so a re-created room's owner starts above it. */
export const nextStateSeq = (last: number, now: number): number => Math.max(last + 1, Math.floor(now));

export const sameState = (a: RoomState, b: RoomState): boolean => JSON.stringify(a) === JSON.stringify(b);

export const isAnnouncedAnchor = (context: LiveRoomContext, userId: string): boolean =>
  context.room?.record.state.anchors.some((a) => a.userId === userId) ?? false;

export const isRoomOwner = (context: LiveRoomContext, userId: string): boolean =>
  context.room?.record.ownerId === userId;

export const isPkPartner = (context: LiveRoomContext, userId: string): boolean =>
  context.pkPartner?.userId === userId;

/** The PK partner's stream is seen in this room (the PK is connected). */
export const isPartnerStreaming = (context: LiveRoomContext): boolean =>
  context.pkPartner !== null && (context.room?.remoteAnchors.includes(context.pkPartner.userId) ?? false);
