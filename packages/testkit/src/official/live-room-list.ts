import type { ImGroupsClient } from '../adapter/im-groups-client.js';

/** The rooms a kit's getRoomInfos shows, of `roomIds` (live-peer.ts's roomList). */
export async function kitRoomList(
  imGroups: ImGroupsClient,
  ios: boolean,
  roomIds: readonly number[],
): Promise<{ roomId: string; ownerId: string }[]> {
  const shown: { roomId: string; ownerId: string }[] = [];
  for (const id of roomIds) {
    const profile = await imGroups.getGroupProfile({ groupID: String(id) }).catch(() => undefined);
    if (!profile) continue;
    // I getRoomInfoWithRoomIds: a room whose introduction has no list[0] is left out; A lists every group.
    let first: unknown;
    try {
      first = (JSON.parse(profile.introduction) as { list?: unknown[] }).list?.[0];
    } catch {
      first = undefined;
    }
    if (ios && first === undefined) continue;
    shown.push({ roomId: profile.groupID, ownerId: profile.ownerID });
  }
  return shown;
}
