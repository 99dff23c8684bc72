import { isAnswerLost } from '../domain/errors.js';
import type { LeftRoom, LiveRoomDeps } from './live-room-context.js';

/**
 * The IM part of a leave (a quit, or the owner's dismiss) on its way, per live-room instance and
 * room. IM may do two requests of one user in either order (they overtake one another on the
 * way, and its group service answers them concurrently): a leave done after a new entry into the
 * same room would undo it for good, leaving the user in the room but out of its group (an owner
 * previewing a room that no longer exists). So an entry into that room waits until the leave has
 * landed (IM answered, or the request deadline passed). Each resolves to whether IM answered it.
 */
const leaves = new WeakMap<LiveRoomDeps, Map<number, Promise<boolean>>>();

/** Notes `leave` of `roomId` as on its way until it settles; it is returned as is. */
export function trackLeave<T>(deps: LiveRoomDeps, roomId: number, leave: Promise<T>): Promise<T> {
  const landed = leave.then(
    () => true,
    (error: unknown) => !isAnswerLost(error),
  );
  const rooms = leaves.get(deps) ?? new Map<number, Promise<boolean>>();
  leaves.set(deps, rooms.set(roomId, landed));
  void landed.then(() => {
    if (rooms.get(roomId) === landed) rooms.delete(roomId);
  });
  return leave;
}

/** Resolves once no leave of `roomId` is on its way (at once if none is). */
export async function leaveLanded(deps: LiveRoomDeps, roomId: number): Promise<void> {
  for (let landed = leaves.get(deps)?.get(roomId); landed; landed = leaves.get(deps)?.get(roomId))
    await landed;
}

/**
 * The leave of `roomId` on its way, if one is: a second leave waits for it instead of going out
 * too (a second dismiss landing late could dismiss the room this user has made again meanwhile,
 * on this device or another). It resolves to whether IM answered it.
 */
export function leaveUnderWay(deps: LiveRoomDeps, roomId: number): Promise<boolean> | undefined {
  return leaves.get(deps)?.get(roomId);
}

/**
 * Quits (or, its owner, dismisses) a room given up on; both are idempotent, and a room already gone
 * counts as left. One try at a time: a leave on its way counts once IM answered it. Resolves to
 * whether IM answered.
 */
export async function leaveGivenUp(deps: LiveRoomDeps, left: LeftRoom): Promise<boolean> {
  const underWay = leaveUnderWay(deps, left.roomId);
  if (underWay) return underWay;
  const { liveSignaling } = deps.adapter;
  const leave = left.isOwner ? liveSignaling.destroyRoom(left) : liveSignaling.exitRoom(left);
  return trackLeave(deps, left.roomId, leave).then(
    () => true,
    (error: unknown) => !isAnswerLost(error),
  );
}
