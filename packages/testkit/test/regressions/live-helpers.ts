import { createLiveRoom, type LiveRoom, type LiveRoomEvent } from '@trtc-smart/core';
import { type FakeCloud, step } from '../../src/index.js';

export const run = <T>(cloud: FakeCloud, action: () => Promise<T>): Promise<T> => step({ cloud }, action);

export interface LiveUser {
  readonly room: LiveRoom;
  readonly events: LiveRoomEvent[];
  readonly of: (eventType: LiveRoomEvent['eventType']) => LiveRoomEvent[];
}

/** A logged-in live-room instance on its own device, with every event it heard. */
export async function liveUser(cloud: FakeCloud, userId: string): Promise<LiveUser> {
  const room = createLiveRoom({ adapter: cloud.adapter(userId) });
  const events: LiveRoomEvent[] = [];
  room.events$.subscribe((e) => events.push(e));
  await run(cloud, () => room.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
  return { room, events, of: (eventType) => events.filter((e) => e.eventType === eventType) };
}

/** The owner creates the room and goes live. */
export async function goLive(cloud: FakeCloud, owner: Pick<LiveUser, 'room'>, roomId: number): Promise<void> {
  await run(cloud, () => owner.room.createRoom({ roomId, roomName: 'r', coverUrl: '' }));
  await run(cloud, () => owner.room.startPublish({ streamId: `s-${roomId}` }));
}
