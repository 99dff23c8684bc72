import type { FakeCloud } from '../../src/index.js';

/**
 * One side of the calls as the checks see it: one of our users' devices, or an official app's
 * user (interop worlds), so both sides are held to the same invariants.
 */
export interface CallSide {
  readonly user: string;
  readonly device: string;
  /** The SDK's (or the app's) status: idle, loggedOut, inCall, or a transient one. */
  readonly status: string;
  /** The TRTC room of its call, if any. */
  readonly roomId: number | undefined;
  /** The TRTC room its device is in, if any. */
  readonly deviceRoom: number | undefined;
  /** Who it sees in the call, by status (joined, invited, accepted ...). */
  readonly participants: Readonly<Record<string, string>>;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();
const same = (a: Iterable<string>, b: Iterable<string>) => sorted(a).join() === sorted(b).join();

const inCall = (s: CallSide, roomId: number) => s.status === 'inCall' && s.roomId === roomId;

/** No call is half-open: whoever is in a call sees exactly the others in it as joined. */
export function checkCalls(sides: readonly CallSide[]): string[] {
  const violations: string[] = [];
  for (const p of sides) {
    if (p.status !== 'idle' && p.status !== 'loggedOut' && p.status !== 'inCall') {
      violations.push(`${p.device} is stuck ${p.status}`);
      continue;
    }
    if (p.status !== 'inCall' || p.roomId === undefined) continue;
    const roomId = p.roomId;
    const mates = sides.filter((q) => q !== p && inCall(q, roomId)).map((q) => q.user);
    if (mates.length === 0) violations.push(`${p.device} is inCall alone in room ${roomId}`);
    const seen = Object.entries(p.participants);
    const joined = seen.filter(([, status]) => status === 'joined').map(([id]) => id);
    if (!same(joined, mates))
      violations.push(`${p.device} sees [${sorted(joined)}] joined, but [${sorted(mates)}] are in the call`);
    for (const [id, status] of seen)
      if (status === 'invited' || status === 'accepted')
        violations.push(`${p.device} still sees ${id} as ${status}`);
  }
  return violations;
}

/**
 * The cloud agrees with the sides: each is in the TRTC room of its own call and no other, of
 * every room any call used (`roomIds`), and no invitation is pending.
 */
export function checkRooms(
  cloud: FakeCloud,
  sides: readonly CallSide[],
  roomIds: Iterable<number>,
): string[] {
  const violations: string[] = [];
  for (const roomId of new Set(roomIds)) {
    const members = cloud.roomMembers(roomId);
    const calling = sides.filter((s) => inCall(s, roomId)).map((s) => s.user);
    if (!same(members, calling))
      violations.push(
        `TRTC room ${roomId} holds [${sorted(members)}] but [${sorted(calling)}] are in its call`,
      );
  }
  for (const s of sides)
    if (s.deviceRoom !== undefined && (s.status !== 'inCall' || s.roomId !== s.deviceRoom))
      violations.push(`${s.device}'s device is in TRTC room ${s.deviceRoom} while ${s.status}`);
  const invitations = cloud.pendingInvitations();
  if (invitations.length > 0) violations.push(`invitations still pending: ${JSON.stringify(invitations)}`);
  return violations;
}

/** At the end everyone has left: idle or logged out. */
export const checkLeft = (sides: readonly CallSide[]): string[] =>
  sides
    .filter((s) => s.status !== 'idle' && s.status !== 'loggedOut')
    .map((s) => `${s.device} is ${s.status}, not idle or logged out`);
