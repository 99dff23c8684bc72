import { createCalling } from '@trtc-smart/core';
import { type CallingWithMedia, mediaControls } from '@trtc-smart/core/media';
import type { FakeAdapter, FakeCloud, FakeView } from '../../src/index.js';
import { CallingRecorder } from './calling-recorder.js';
import { likelyCalling } from './likely.js';
import { checkMedia } from './media-checks.js';
import { type CallingWorldState, callingMethods } from './methods.js';
import { type Party, TIMEOUTS_MS, type WorldSpec } from './run-world.js';
import { sdkOptions } from './world.js';

export interface CallingParty extends Party<CallingWorldState> {
  readonly sdk: CallingWithMedia<FakeView>;
  readonly recorder: CallingRecorder;
  readonly adapter: FakeAdapter;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();
const same = (a: Iterable<string>, b: Iterable<string>) => sorted(a).join() === sorted(b).join();

/** Every room any user's calls used. */
const roomsOf = (parties: readonly CallingParty[]) =>
  new Set(parties.flatMap((p) => [...p.recorder.roomIds]));

/** The cloud agrees with the users: each is in the TRTC room of its own call and no other. */
function checkRooms(cloud: FakeCloud, parties: readonly CallingParty[]): string[] {
  const violations: string[] = [];
  for (const roomId of roomsOf(parties)) {
    const inCall = parties
      .filter((p) => p.sdk.getSnapshot().status === 'inCall' && p.sdk.getSnapshot().call?.roomId === roomId)
      .map((p) => p.user);
    const members = cloud.roomMembers(roomId);
    if (!same(members, inCall))
      violations.push(
        `TRTC room ${roomId} holds [${sorted(members)}] but [${sorted(inCall)}] are in its call`,
      );
  }
  for (const p of parties) {
    const { status, call } = p.sdk.getSnapshot();
    const deviceRoom = p.adapter.mediaState().roomId;
    if (deviceRoom !== undefined && (status !== 'inCall' || call?.roomId !== deviceRoom))
      violations.push(`${p.device}'s device is in TRTC room ${deviceRoom} while ${status}`);
  }
  const invitations = cloud.pendingInvitations();
  if (invitations.length > 0) violations.push(`invitations still pending: ${JSON.stringify(invitations)}`);
  return violations;
}

/** No call is half-open: whoever is in a call sees exactly the others in it as joined. */
function checkCalls(parties: readonly CallingParty[]): string[] {
  const violations: string[] = [];
  for (const p of parties) {
    const { status, call } = p.sdk.getSnapshot();
    if (status !== 'idle' && status !== 'loggedOut' && status !== 'inCall') {
      violations.push(`${p.user} is stuck ${status}`);
      continue;
    }
    if (status !== 'inCall' || !call) continue;
    const peers = parties
      .filter((q) => q !== p)
      .filter(
        (q) => q.sdk.getSnapshot().status === 'inCall' && q.sdk.getSnapshot().call?.roomId === call.roomId,
      )
      .map((q) => q.user);
    if (peers.length === 0) violations.push(`${p.user} is inCall alone in room ${call.roomId}`);
    const seen = Object.entries(call.participants);
    const joined = seen.filter(([, x]) => x.status === 'joined').map(([id]) => id);
    if (!same(joined, peers))
      violations.push(`${p.user} sees [${sorted(joined)}] joined, but [${sorted(peers)}] are in the call`);
    for (const [id, x] of seen)
      if (x.status === 'invited' || x.status === 'accepted')
        violations.push(`${p.user} still sees ${id} as ${x.status}`);
  }
  return violations;
}

/** Each party's media controls agree with its device and its call (media-checks.ts). */
function checkCallMedia(cloud: FakeCloud, parties: readonly CallingParty[]): string[] {
  const sharing = (user: string) =>
    parties.some((q) => q.user === user && q.adapter.mediaState().controls.screenShare === 'on');
  return parties.flatMap((p) => {
    const roomId = p.adapter.mediaState().roomId;
    const roomMates = roomId === undefined ? [] : cloud.roomMembers(roomId).filter((u) => u !== p.user);
    return checkMedia(p, { publishing: p.sdk.getSnapshot().status === 'inCall', roomMates, sharing });
  });
}

export const callingWorld: WorldSpec<CallingWorldState, CallingParty> = {
  partyKind: 'calling',
  secondDevice: true,
  methods: callingMethods,
  likely: likelyCalling,
  quietMs: TIMEOUTS_MS,
  newParty(cloud, user) {
    const adapter = cloud.adapter(user);
    const sdk = createCalling({ adapter, media: mediaControls, ...sdkOptions(user) });
    const recorder = new CallingRecorder(adapter.deviceId, sdk, () => cloud.clock.now());
    return {
      user,
      device: adapter.deviceId,
      adapter,
      sdk,
      recorder,
      rejected: () => undefined,
      violations: () => recorder.violations,
      finish: () => recorder.finish(),
    };
  },
  leave(party) {
    const { status } = party.sdk.getSnapshot();
    const active =
      status === 'dialing' || status === 'ringing' || status === 'connecting' || status === 'inCall';
    return active ? [{ method: 'hangup', params: null }] : [];
  },
  checkQuiet: (cloud, parties) => [
    ...checkCalls(parties),
    ...checkRooms(cloud, parties),
    ...checkCallMedia(cloud, parties),
  ],
  async checkEnd(cloud, parties) {
    const violations = parties
      .filter((p) => !['idle', 'loggedOut'].includes(p.sdk.getSnapshot().status))
      .map((p) => `${p.user} is ${p.sdk.getSnapshot().status}, not idle or logged out`);
    return [...violations, ...checkRooms(cloud, parties), ...checkCallMedia(cloud, parties)];
  },
};
