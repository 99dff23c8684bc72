import type { RoomState } from '@trtc-smart/core';
import { EventHub } from '@trtc-smart/core/adapter-kit';

/**
 * The live room this user's IM session is in (IM keeps a user in one AVChatRoom at a time): its
 * owner and announced anchors decide who hears member tips, and it names the room of TUILiveRoom's
 * 1:1 requests, whose payloads carry no room id. Both live ports share it: co-hosts' CDN stream
 * ids arrive over IM (action 103) but the media port reports them, with the co-host's stream.
 */
export class JoinedRoom {
  private room: number | undefined;
  private owner = '';
  private anchors = new Set<string>();
  private state = '';
  private readonly streamIds = new Map<string, string>();
  /** A co-host told this owner its stream id. */
  readonly streamNoticed = new EventHub<{ readonly userId: string; readonly streamId: string }>();

  get roomId(): number | undefined {
    return this.room;
  }

  get ownerId(): string {
    return this.owner;
  }

  noteStream(userId: string, streamId: string): void {
    this.streamIds.set(userId, streamId);
    this.streamNoticed.next({ userId, streamId });
  }

  streamOf(userId: string): string | undefined {
    return this.streamIds.get(userId);
  }

  enter(roomId: number, ownerId: string, state: RoomState): void {
    this.room = roomId;
    this.owner = ownerId;
    this.streamIds.clear();
    this.announce(roomId, state);
  }

  /** Whether this is news: the room's state as last announced or read differs. */
  announce(roomId: number, state: RoomState): boolean {
    const json = JSON.stringify(state);
    if (roomId !== this.room || json === this.state) return false;
    this.state = json;
    this.anchors = new Set(state.anchors.map((a) => a.userId));
    return true;
  }

  leave(roomId: number): void {
    if (roomId !== this.room) return;
    this.room = undefined;
    this.owner = '';
    this.state = '';
    this.anchors.clear();
    this.streamIds.clear();
  }

  /** Large AVChatRooms throttle member tips; the port contract gives them to the room's anchors only. */
  hearsMembers(roomId: number, userId: string | undefined): boolean {
    return (
      roomId === this.room && userId !== undefined && (userId === this.owner || this.anchors.has(userId))
    );
  }
}
