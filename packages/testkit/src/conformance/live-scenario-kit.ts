import { step } from './calling-party.js';
import type { LiveRoomWorld } from './harness.js';
import { type LiveParty, loggedInLiveParties } from './live-party.js';

/** What the live-room scenarios share: logged-in parties, going live, watching, co-hosting, and what a party heard. */
export type Party = LiveParty;

export async function parties(world: LiveRoomWorld, ...ids: string[]): Promise<Party[]> {
  return loggedInLiveParties(world, ids);
}

/** createRoom + startPublish: the owner is live with room status 1. */
export async function goLive(world: LiveRoomWorld, anchor: Party, roomId: number): Promise<void> {
  await step(world, () => anchor.room.createRoom({ roomId, roomName: `room ${roomId}`, coverUrl: 'c.png' }));
  await step(world, () => anchor.room.startCameraPreview({ isFront: true, view: world.view(anchor.userId) }));
  await step(world, () => anchor.room.startPublish({ streamId: `stream-${anchor.userId}` }));
}

export async function watch(world: LiveRoomWorld, audience: Party, roomId: number | string): Promise<void> {
  await step(world, () => audience.room.enterRoom({ roomId }));
}

/** Steps 1-6 of the seed's link-mic flow: request, accept, preview, publish. */
export async function coHost(world: LiveRoomWorld, anchor: Party, audience: Party): Promise<void> {
  await step(world, () => audience.room.requestJoinAnchor({ reason: 'let me in' }));
  await step(world, () =>
    anchor.room.responseJoinAnchor({ userId: audience.userId, isAgree: true, reason: 'ok' }),
  );
  await step(world, () =>
    audience.room.startCameraPreview({ isFront: true, view: world.view(audience.userId) }),
  );
  await step(world, () => audience.room.startPublish({ streamId: `stream-${audience.userId}` }));
}

export const allStatuses = (p: Party) => p.of('onRoomInfoChange').map((e) => e.roomInfo.roomStatus);
/**
 * The room status as it moves: every announcement of the owner is an onRoomInfoChange (as in
 * Tencent's kits), and one that only updates the anchor list (a co-host's stream id arriving after
 * its stream, on the web) repeats the status; a repeat is no transition.
 */
export const statuses = (p: Party) => allStatuses(p).filter((s, i, all) => i === 0 || s !== all[i - 1]);
export const entered = (p: Party) => p.of('onAnchorEnter').map((e) => e.userId);
export const exited = (p: Party) => p.of('onAnchorExit').map((e) => e.userId);
