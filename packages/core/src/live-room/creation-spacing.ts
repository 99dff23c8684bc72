import type { LiveRoomDeps } from './live-room-context.js';

/**
 * IM's createTime is what tells a room dismissed and made again under the same id and owner from
 * the one a viewer that missed the dismissal is still in (room-gone.ts), and IM gives it in seconds.
 * So this instance lets a second pass between its creations of one room: from the moment the last
 * createRoom request of that id settled (IM made the group before it answered) to the next request
 * leaving. IM's clock then counts more than a second between the two creations whatever its
 * offset from this device's clock, and their createTimes differ. It costs at most a second, and
 * only to a room made again within a second.
 */
export const CREATION_SPACING_MS = 1_000;

/** When each room's last createRoom request settled, per live-room instance. */
const settled = new WeakMap<LiveRoomDeps, Map<number, number>>();

/** Notes when the createRoom request `creation` of `roomId` settles; it is returned as is. */
export function trackCreation<T>(deps: LiveRoomDeps, roomId: number, creation: Promise<T>): Promise<T> {
  const note = () => {
    const now = deps.adapter.clock.now();
    const rooms = settled.get(deps) ?? new Map<number, number>();
    // Only creations within the spacing matter: the older ones are forgotten.
    for (const [id, at] of rooms) if (at + CREATION_SPACING_MS <= now) rooms.delete(id);
    settled.set(deps, rooms.set(roomId, now));
  };
  void creation.then(note, note);
  return creation;
}

/**
 * What is left of CREATION_SPACING_MS since the last creation of `roomId` settled, run out; none
 * if it has passed (the request then leaves in the same tick, as it did before any spacing).
 */
export function creationSpacing(deps: LiveRoomDeps, roomId: number): Promise<void> | undefined {
  const { clock } = deps.adapter;
  const last = settled.get(deps)?.get(roomId);
  const wait = last === undefined ? 0 : last + CREATION_SPACING_MS - clock.now();
  if (wait <= 0) return undefined;
  return new Promise((resolve) => clock.setTimeout(resolve, wait));
}
