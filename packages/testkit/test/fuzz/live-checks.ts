import { createLiveRoom, type LiveRoomState, type LiveRoomStatus } from '@trtc-smart/core';
import { type LiveRoomWithMedia, liveRoomMediaStage } from '@trtc-smart/core/media';
import type { FakeAdapter, FakeCloud } from '../../src/index.js';
import type { AdapterFactory } from './adapters.js';
import type { LiveRecorder } from './live-recorder.js';
import { checkMedia } from './media-checks.js';
import type { LiveWorldState } from './methods.js';
import type { Party } from './run-world.js';
import { OWNER } from './state-shapes.js';
import { type CommandInput, roomIdOf, USER_SIG } from './world.js';

/** Who is in a room's IM group: the cloud's live group, or the SDK-level group of the web and the apps. */
const groupOf = (cloud: FakeCloud, roomId: number) => [
  ...cloud.liveRoomMembers(roomId),
  ...cloud.imGroupMembers(String(roomId)),
];

export interface LiveParty extends Party<LiveWorldState> {
  readonly sdk: LiveRoomWithMedia<unknown>;
  readonly recorder: LiveRecorder;
  /** Its fake-cloud device (what the adapter rides on). */
  readonly adapter: FakeAdapter;
}

/**
 * An official app's user as the live checks see it (interop worlds): the room it is in, if any,
 * and whether it owns it.
 */
export interface LivePeerSide {
  readonly user: string;
  readonly roomId: number | undefined;
  readonly owner: boolean;
}

/** What a user may be once every timeout has run out. */
const SETTLED: ReadonlySet<LiveRoomStatus> = new Set([
  'loggedOut',
  'outside',
  'previewing',
  'live',
  'linkMic',
  'inPK',
  'watching',
  'linked',
]);
const anchorIds = (state: LiveRoomState) => (state.room?.anchors ?? []).map((a) => a.userId).join();

/**
 * The user's party in room `roomId`, if one of its devices is (multi-terminal worlds give the
 * first user two), else its first device.
 */
function partyOf(parties: readonly LiveParty[], user: string, roomId?: number): LiveParty | undefined {
  const own = parties.filter((p) => p.user === user);
  return own.find((p) => p.sdk.getSnapshot().room?.roomId === roomId) ?? own[0];
}

/** A user in a room is in it everywhere (the cloud's IM group and TRTC room) and sees what its owner announced. */
function checkMember(
  cloud: FakeCloud,
  p: LiveParty,
  parties: readonly LiveParty[],
  peer: LivePeerSide | undefined,
): string[] {
  const state = p.sdk.getSnapshot();
  const room = state.room;
  if (!room) return [];
  const v: string[] = [];
  if (!groupOf(cloud, room.roomId).includes(p.user))
    v.push(`${p.user} is not in room ${room.roomId}'s group`);
  const deviceRoom = p.adapter.liveMediaState().roomId;
  if (deviceRoom !== room.roomId)
    v.push(`${p.user}'s device is in TRTC room ${deviceRoom}, not ${room.roomId}`);
  if (room.isOwner) return v;
  const ownerId = room.roomInfo.ownerId;
  if (ownerId === peer?.user) {
    // The official app's room: what it announces is read by its own tests (official-live-conformance).
    if (peer.roomId !== room.roomId || !peer.owner)
      v.push(`${p.user} is ${state.status} in room ${room.roomId}, whose owner (the official app) left it`);
    return v;
  }
  const owner = partyOf(parties, ownerId, room.roomId)?.sdk.getSnapshot();
  if (!owner || !OWNER.has(owner.status) || owner.room?.roomId !== room.roomId) {
    v.push(`${p.user} is ${state.status} in room ${room.roomId}, whose owner ${ownerId} is ${owner?.status}`);
    return v;
  }
  if (room.roomInfo.roomStatus !== owner.room.roomInfo.roomStatus || anchorIds(state) !== anchorIds(owner))
    v.push(
      `${p.user} sees room ${room.roomId} as status ${room.roomInfo.roomStatus} [${anchorIds(state)}], ` +
        `its owner announced ${owner.room.roomInfo.roomStatus} [${anchorIds(owner)}]`,
    );
  if (owner.room.streamId !== null && !p.recorder.anchors.has(ownerId))
    v.push(`${p.user} watches room ${room.roomId} but never heard onAnchorEnter for its publishing owner`);
  return v;
}

/** Once quiet: nobody stuck, every member where its room is, every PK held by both sides. */
export function checkQuiet(
  cloud: FakeCloud,
  parties: readonly LiveParty[],
  peer: LivePeerSide | undefined,
): string[] {
  const v: string[] = [...checkPeer(cloud, parties, peer)];
  for (const p of parties) {
    const state = p.sdk.getSnapshot();
    if (!SETTLED.has(state.status)) v.push(`${p.user} is stuck ${state.status}`);
    v.push(...checkMember(cloud, p, parties, peer));
    if (!state.room) v.push(...checkOutside(cloud, p, parties, peer));
    if (state.status === 'inPK' && state.pkPartner?.userId === peer?.user) {
      // A PK with the official app: its room must still be there (the app keeps its PK to itself).
      if (peer?.roomId !== state.pkPartner?.roomId || !peer?.owner)
        v.push(`${p.user} is inPK with the official app's ${peer?.user}, who left its room`);
    } else if (state.status === 'inPK') {
      const partner = state.pkPartner?.userId ?? '';
      const other = partyOf(parties, partner, state.pkPartner?.roomId)?.sdk.getSnapshot();
      if (other?.status !== 'inPK' || other.pkPartner?.userId !== p.user)
        v.push(`${p.user} is inPK with ${partner}, who is ${other?.status} with ${other?.pkPartner?.userId}`);
    }
  }
  return v;
}

/**
 * Outside every room: in no TRTC room, and in no group (IM's membership is the user's: unless
 * another device of the user is in that room).
 */
export function checkOutside(
  cloud: FakeCloud,
  p: LiveParty,
  parties: readonly LiveParty[],
  peer: LivePeerSide | undefined,
): string[] {
  const v: string[] = [];
  const deviceRoom = p.adapter.liveMediaState().roomId;
  if (deviceRoom !== undefined)
    v.push(`${p.user}'s device is in TRTC room ${deviceRoom} while ${p.sdk.getSnapshot().status}`);
  for (const roomId of roomsOf(parties, peer)) {
    const elsewhere = parties.some(
      (o) => o !== p && o.user === p.user && o.sdk.getSnapshot().room?.roomId === roomId,
    );
    if (!elsewhere && groupOf(cloud, roomId).includes(p.user))
      v.push(`${p.user} is ${p.sdk.getSnapshot().status} but still in room ${roomId}'s group`);
  }
  return v;
}

/** The rooms of the world: each owner's room id is derived from its user id. */
const roomsOf = (parties: readonly LiveParty[], peer: LivePeerSide | undefined) =>
  new Set([...parties.map((q) => q.user), ...(peer ? [peer.user] : [])].map(roomIdOf));

/**
 * The official app's user agrees with the cloud and with ours: in the group of the room it is in,
 * in no other, and a room of ours it watches is still its owner's.
 */
export function checkPeer(
  cloud: FakeCloud,
  parties: readonly LiveParty[],
  peer: LivePeerSide | undefined,
): string[] {
  if (!peer) return [];
  const v: string[] = [];
  const app = `the official app's ${peer.user}`;
  for (const roomId of roomsOf(parties, peer)) {
    const member = groupOf(cloud, roomId).includes(peer.user);
    if (roomId === peer.roomId && !member) v.push(`${app} is in room ${roomId} but not in its group`);
    if (roomId !== peer.roomId && member)
      v.push(`${app} is in room ${peer.roomId}, and still in room ${roomId}'s group`);
  }
  if (peer.roomId === undefined || peer.owner) return v;
  const owner = parties.find(
    (q) => q.sdk.getSnapshot().room?.roomId === peer.roomId && q.sdk.getSnapshot().room?.isOwner,
  );
  const ours = parties.some((q) => roomIdOf(q.user) === peer.roomId);
  if (ours && !owner) v.push(`${app} watches room ${peer.roomId}, whose owner left it`);
  return v;
}

/** Each party's media controls agree with its device and its room (media-checks.ts). */
export function checkRoomMedia(cloud: FakeCloud, parties: readonly LiveParty[]): string[] {
  const sharing = (user: string) =>
    parties.some((q) => q.user === user && q.adapter.mediaState().controls.screenShare === 'on');
  return parties.flatMap((p) => {
    const roomId = p.adapter.liveMediaState().roomId;
    const roomMates =
      roomId === undefined
        ? []
        : cloud
            .liveMediaMembers(roomId)
            .map((m) => m.userId)
            .filter((u) => u !== p.user);
    const publishing = liveRoomMediaStage(p.sdk.getSnapshot().status) === 'publishing';
    return checkMedia(p, { publishing, roomMates, sharing });
  });
}

/** Rooms the cloud still lists, asked by a fresh user as an app would (getRoomInfos). */
export async function listedRooms(
  cloud: FakeCloud,
  parties: readonly LiveParty[],
  record: (command: CommandInput) => void,
  peer: LivePeerSide | undefined,
  adapter: AdapterFactory,
): Promise<string[]> {
  const user = 'probe';
  record({ op: 'addUser', user, kind: 'audience' });
  const probe = createLiveRoom({ adapter: adapter(cloud.adapter(user), cloud) });
  const loginParams = { sdkAppId: cloud.options.sdkAppId, userId: user, userSig: USER_SIG };
  record({ op: 'invoke', user, method: 'login', params: loginParams });
  const login = probe.login(loginParams);
  await cloud.advance(2_000);
  await login;
  const roomIdList = [...roomsOf(parties, peer)];
  record({ op: 'invoke', user, method: 'getRoomInfos', params: { roomIdList } });
  const infos = probe.getRoomInfos({ roomIdList });
  await cloud.advance(2_000);
  const { roomList } = await infos;
  const app = (owner: string) => (owner === peer?.user ? ', the official app' : '');
  return roomList.map((r) => `room ${r.roomId} (owner ${r.ownerId}${app(r.ownerId)}) is still listed`);
}
