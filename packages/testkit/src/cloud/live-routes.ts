import type { LivePeerMessage, LiveRoomMessage, RoomState } from '@trtc-smart/core';
import type { LiveGroups } from './live-groups.js';
import type { LiveRole, LiveStreams } from './live-streams.js';
import type { RequestRouter } from './request-router.js';

/** The live ports' requests, as the cloud answers them. */
export function routeLive(router: RequestRouter, groups: LiveGroups, streams: LiveStreams): void {
  type Room = { roomId: number };
  router.on<Room & { roomName: string; coverUrl: string; state: RoomState }>(
    'liveSignaling.createRoom',
    (c, p) => groups.create(c.userId, p, c.deviceId),
  );
  router.on<Room>('liveSignaling.destroyRoom', (c, p) => groups.destroy(c.userId, p.roomId, c.deviceId));
  router.on<Room>('liveSignaling.enterRoom', (c, p) => groups.enter(c.userId, p.roomId, c.deviceId));
  router.on<Room>('liveSignaling.exitRoom', (c, p) => groups.exit(c.userId, p.roomId, c.deviceId));
  router.on<{ roomIds: number[] }>('liveSignaling.getRoomInfos', (_c, p) => groups.infos(p.roomIds));
  router.on<Room>('liveSignaling.getMembers', (_c, p) => groups.members(p.roomId));
  router.on<Room & { state: RoomState; seq: number }>('liveSignaling.setRoomState', (c, p) =>
    groups.setState(c.userId, p.roomId, p.state, p.seq, c.deviceId),
  );
  router.on<Room & { message: LiveRoomMessage }>('liveSignaling.sendRoomMessage', (c, p) =>
    groups.sendMessage(c.userId, p.roomId, p.message, c.deviceId),
  );
  router.on<{ userId: string; message: LivePeerMessage }>('liveSignaling.sendPeerMessage', (c, p) =>
    groups.sendPeer(c.userId, p.userId, p.message, c.deviceId),
  );
  router.on<{ userName?: string; avatarUrl?: string }>('liveSignaling.setSelfProfile', (c, p) =>
    groups.setProfile(c.userId, p),
  );
  // With a streamId (TRTC's own rejoin after a blip), the anchor publishes again in the same step.
  router.on<Room & { role: LiveRole; streamId?: string }>('liveMedia.enterRoom', (c, p) => {
    const anchors = streams.enter(c.deviceId, c.userId, p.roomId, p.role, c.afterReply);
    if (p.streamId !== undefined) streams.publish(c.deviceId, p.streamId);
    return { anchors };
  });
  // With a roomId (an abandoned entry's), only that room is left.
  router.on<Room | null>('liveMedia.exitRoom', (c, p) => {
    if (p === null || streams.roomOf(c.deviceId) === p.roomId) streams.leave(c.deviceId, 'left');
  });
  router.on<{ role: LiveRole }>('liveMedia.switchRole', (c, p) => streams.switchRole(c.deviceId, p.role));
  router.on<{ streamId: string }>('liveMedia.publish', (c, p) => streams.publish(c.deviceId, p.streamId));
  router.on('liveMedia.unpublish', (c) => streams.unpublish(c.deviceId));
  router.on<Room & { userId: string }>('liveMedia.connectOtherRoom', (c, p) =>
    streams.connect(c.deviceId, p),
  );
  router.on('liveMedia.disconnectOtherRoom', (c) => streams.disconnect(c.deviceId));
}
