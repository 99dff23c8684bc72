import type { LiveMediaPort } from '../ports/live-media.port.js';
import type { LiveRoomDeps } from './live-room-context.js';

/**
 * TRTC's exitRoom names no room: it leaves whichever one the device is in when it runs. A leave
 * exits TRTC only once IM has answered its dismiss or quit, which may wait out the request
 * deadline; the app may enter another room meanwhile (TRTC switches rooms: entering one leaves the
 * last), and the late exit would take the device out of that one (FUZZ_SEED=20261204, live world
 * 2209). So each TRTC entry of an instance is counted; a leave exits only if none began since it did.
 */
const entries = new WeakMap<LiveRoomDeps, number>();

/** The TRTC entries this instance has begun so far: a leave notes them as it begins. */
export const mediaEntries = (deps: LiveRoomDeps): number => entries.get(deps) ?? 0;

/** Whether a TRTC room was entered since `since` (mediaEntries then): the room left is gone already. */
export const enteredSince = (deps: LiveRoomDeps, since: number): boolean => mediaEntries(deps) !== since;

/** Enters a TRTC room, counted. */
export function enterMediaRoom(
  deps: LiveRoomDeps,
  params: Parameters<LiveMediaPort<unknown>['enterRoom']>[0],
): Promise<void> {
  entries.set(deps, mediaEntries(deps) + 1);
  return deps.adapter.liveMedia.enterRoom(params);
}
