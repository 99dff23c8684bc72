/** roomInfo.roomStatus as the seed reports it. */
export const RoomStatus = { NONE: 0, SINGLE: 1, LINK_MIC: 2, PK: 3 } as const;
export type RoomStatus = (typeof RoomStatus)[keyof typeof RoomStatus];

/** The seed's userInfo. */
export interface UserInfo {
  readonly userId: string;
  readonly userName: string;
  readonly avatarUrl: string;
}

/** The seed's roomInfo. `roomId` is a string here, as the seed documents it. */
export interface RoomInfo {
  readonly roomId: string;
  readonly roomName: string;
  readonly coverUrl: string;
  readonly ownerId: string;
  readonly ownerName: string;
  readonly memberCount: number;
  readonly roomStatus: RoomStatus;
  /** The owner's CDN stream id ('' until the owner publishes). */
  readonly streamUrl: string;
}

/** One publishing anchor in a room's state. `streamId` is '' where the owner does not know it (co-hosts). */
export interface AnchorInfo {
  readonly userId: string;
  readonly userName: string;
  readonly streamId: string;
}

/** What the owner announces about its room: the status and who publishes in it. */
export interface RoomState {
  readonly status: RoomStatus;
  readonly anchors: readonly AnchorInfo[];
}

/** A live room as the cloud keeps it (the IM group plus the owner's announced state). */
export interface LiveRoomRecord {
  readonly roomId: number;
  readonly roomName: string;
  readonly coverUrl: string;
  readonly ownerId: string;
  readonly ownerName: string;
  readonly memberCount: number;
  readonly state: RoomState;
  /**
   * When IM created the room's group (its createTime, in seconds), where the adapter reads it: a
   * room dismissed and made again under the same id and owner is another group.
   */
  readonly createdAt?: number;
}

export const EMPTY_ROOM_STATE: RoomState = { status: RoomStatus.NONE, anchors: [] };

export function toRoomInfo(record: LiveRoomRecord): RoomInfo {
  const owner = record.state.anchors.find((a) => a.userId === record.ownerId);
  return {
    roomId: String(record.roomId),
    roomName: record.roomName,
    coverUrl: record.coverUrl,
    ownerId: record.ownerId,
    ownerName: record.ownerName,
    memberCount: record.memberCount,
    roomStatus: record.state.status,
    streamUrl: owner?.streamId ?? '',
  };
}

export const anchorUserInfo = (anchor: AnchorInfo): UserInfo => ({
  userId: anchor.userId,
  userName: anchor.userName,
  avatarUrl: '',
});
