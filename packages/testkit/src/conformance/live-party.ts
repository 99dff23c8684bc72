import {
  createLiveRoom,
  type LiveRoom,
  type LiveRoomEvent,
  type LiveRoomEventOf,
  type LiveRoomEventType,
  type LiveRoomOptions,
  type RequestOutcomeEvent,
} from '@trtc-smart/core';
import type { LiveRoomWorld } from './harness.js';

/** One simulated live-room user: a createLiveRoom instance with everything it heard, per listener. */
export interface LiveParty<View = unknown> {
  readonly userId: string;
  readonly room: LiveRoom<View>;
  readonly events: LiveRoomEvent[];
  readonly linkMic: RequestOutcomeEvent[];
  readonly roomPK: RequestOutcomeEvent[];
  /** Logs the party in with its world's UserSig. */
  login(): Promise<void>;
  /** The events of one type this party heard, in order. */
  of<T extends LiveRoomEventType>(type: T): LiveRoomEventOf<T>[];
  /** The party's current status. */
  status(): string;
}

/** A live-room user of a world that records its events. */
export function liveParty<View>(
  world: LiveRoomWorld<View>,
  userId: string,
  options: Omit<LiveRoomOptions<View>, 'adapter'> = {},
): LiveParty<View> {
  const room = createLiveRoom({ adapter: world.adapter(userId), ...options });
  const events: LiveRoomEvent[] = [];
  const linkMic: RequestOutcomeEvent[] = [];
  const roomPK: RequestOutcomeEvent[] = [];
  room.events$.subscribe((e) => events.push(e));
  room.linkMicEvents$.subscribe((e) => linkMic.push(e));
  room.roomPKEvents$.subscribe((e) => roomPK.push(e));
  return {
    userId,
    room,
    events,
    linkMic,
    roomPK,
    login: async () => room.login({ sdkAppId: world.sdkAppId, userId, userSig: await world.userSig(userId) }),
    of: <T extends LiveRoomEventType>(type: T) =>
      events.filter((e): e is LiveRoomEventOf<T> => e.eventType === type),
    status: () => room.getSnapshot().status,
  };
}

/** Logs in a party per user id and lets the logins land. */
export async function loggedInLiveParties<View>(
  world: LiveRoomWorld<View>,
  userIds: readonly string[],
  options?: Omit<LiveRoomOptions<View>, 'adapter'>,
): Promise<LiveParty<View>[]> {
  const parties = userIds.map((userId) => liveParty(world, userId, options));
  const logins = Promise.all(parties.map((p) => p.login()));
  await world.cloud.settle();
  await logins;
  return parties;
}
