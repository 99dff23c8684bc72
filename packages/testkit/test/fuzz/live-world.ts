import { createLiveRoom, type LiveRoomState, type LiveRoomStatus } from '@trtc-smart/core';
import { type LiveRoomWithMedia, liveRoomMediaStage, mediaControls } from '@trtc-smart/core/media';
import { DEAD_ROOM_DISMISS_MS, type FakeAdapter, type FakeCloud, type FakeView } from '../../src/index.js';
import { fakeCloudAdapters } from './adapters.js';
import { likelyLive } from './likely.js';
import { LiveRecorder } from './live-recorder.js';
import { checkMedia } from './media-checks.js';
import { type LiveWorldState, liveMethods } from './methods.js';
import { type Party, TIMEOUTS_MS, type WorldSpec } from './run-world.js';
import { type CommandInput, roomIdOf, sdkOptions, USER_SIG } from './world.js';

export interface LiveParty extends Party<LiveWorldState> {
  readonly sdk: LiveRoomWithMedia<FakeView>;
  readonly recorder: LiveRecorder;
  readonly adapter: FakeAdapter;
}

const OWNER: ReadonlySet<LiveRoomStatus> = new Set([
  'previewing',
  'live',
  'linkMic',
  'requestingPK',
  'respondingPK',
  'inPK',
]);
const AUDIENCE: ReadonlySet<LiveRoomStatus> = new Set(['watching', 'requesting', 'linked']);
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
/**
 * Refusals that change nothing: such a request was never made, unless the machine stopped asking
 * just then (NOT_LOGGED_IN from a send under way: IM ended the session meanwhile).
 */
const REFUSED = new Set([20001, 20002, 20003]);

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
function checkMember(cloud: FakeCloud, p: LiveParty, parties: readonly LiveParty[]): string[] {
  const state = p.sdk.getSnapshot();
  const room = state.room;
  if (!room) return [];
  const v: string[] = [];
  if (!cloud.liveRoomMembers(room.roomId).includes(p.user))
    v.push(`${p.user} is not in room ${room.roomId}'s group`);
  const deviceRoom = p.adapter.liveMediaState().roomId;
  if (deviceRoom !== room.roomId)
    v.push(`${p.user}'s device is in TRTC room ${deviceRoom}, not ${room.roomId}`);
  if (room.isOwner) return v;
  const ownerId = room.roomInfo.ownerId;
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

function checkQuiet(cloud: FakeCloud, parties: readonly LiveParty[]): string[] {
  const v: string[] = [];
  for (const p of parties) {
    const state = p.sdk.getSnapshot();
    if (!SETTLED.has(state.status)) v.push(`${p.user} is stuck ${state.status}`);
    v.push(...checkMember(cloud, p, parties));
    if (!state.room) v.push(...checkOutside(cloud, p, parties));
    if (state.status === 'inPK') {
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
function checkOutside(cloud: FakeCloud, p: LiveParty, parties: readonly LiveParty[]): string[] {
  const v: string[] = [];
  const deviceRoom = p.adapter.liveMediaState().roomId;
  if (deviceRoom !== undefined)
    v.push(`${p.user}'s device is in TRTC room ${deviceRoom} while ${p.sdk.getSnapshot().status}`);
  for (const roomId of new Set(parties.map((q) => roomIdOf(q.user)))) {
    const elsewhere = parties.some(
      (o) => o !== p && o.user === p.user && o.sdk.getSnapshot().room?.roomId === roomId,
    );
    if (!elsewhere && cloud.liveRoomMembers(roomId).includes(p.user))
      v.push(`${p.user} is ${p.sdk.getSnapshot().status} but still in room ${roomId}'s group`);
  }
  return v;
}

/** Each party's media controls agree with its device and its room (media-checks.ts). */
function checkRoomMedia(cloud: FakeCloud, parties: readonly LiveParty[]): string[] {
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
async function listedRooms(
  cloud: FakeCloud,
  parties: readonly LiveParty[],
  record: (command: CommandInput) => void,
): Promise<string[]> {
  const user = 'probe';
  record({ op: 'addUser', user, kind: 'audience' });
  const probe = createLiveRoom({ adapter: cloud.adapter(user) });
  const loginParams = { sdkAppId: cloud.options.sdkAppId, userId: user, userSig: USER_SIG };
  record({ op: 'invoke', user, method: 'login', params: loginParams });
  const login = probe.login(loginParams);
  await cloud.advance(2_000);
  await login;
  const roomIdList = [...new Set(parties.map((p) => roomIdOf(p.user)))];
  record({ op: 'invoke', user, method: 'getRoomInfos', params: { roomIdList } });
  const infos = probe.getRoomInfos({ roomIdList });
  await cloud.advance(2_000);
  const { roomList } = await infos;
  return roomList.map((r) => `room ${r.roomId} (owner ${r.ownerId}) is still listed`);
}

export const liveWorld: WorldSpec<LiveWorldState, LiveParty> = {
  partyKind: 'anchor',
  secondDevice: true,
  methods: liveMethods,
  likely: likelyLive,
  // A room whose owner dropped off stays this long before the cloud dismisses it (and tells its audience).
  quietMs: DEAD_ROOM_DISMISS_MS + TIMEOUTS_MS,
  view: fakeCloudAdapters.view,
  newParty(cloud, user) {
    const adapter = cloud.adapter(user);
    const sdk = createLiveRoom({ adapter, media: mediaControls, ...sdkOptions(user) });
    const recorder = new LiveRecorder(adapter.deviceId, sdk, () => cloud.clock.now());
    return {
      user,
      device: adapter.deviceId,
      adapter,
      sdk,
      recorder,
      rejected(method, error) {
        const log =
          method === 'requestJoinAnchor'
            ? recorder.linkMic
            : method === 'requestRoomPK'
              ? recorder.roomPK
              : null;
        if (!log) return;
        if (REFUSED.has((error as { code?: number }).code ?? 0) && !log.stoppedAt(cloud.clock.now())) return;
        log.excuse();
      },
      violations: () => recorder.violations,
      finish: () => recorder.finish(),
    };
  },
  leave(party) {
    const { status } = party.sdk.getSnapshot();
    if (OWNER.has(status)) return [{ method: 'destroyRoom', params: null }];
    if (AUDIENCE.has(status)) return [{ method: 'exitRoom', params: null }];
    return [];
  },
  checkQuiet: (cloud, parties) => [...checkQuiet(cloud, parties), ...checkRoomMedia(cloud, parties)],
  async checkEnd(cloud, parties, record) {
    const v = parties
      .filter((p) => !['outside', 'loggedOut'].includes(p.sdk.getSnapshot().status))
      .map((p) => `${p.user} is ${p.sdk.getSnapshot().status}, not outside or logged out`);
    for (const p of parties) v.push(...checkOutside(cloud, p, parties));
    v.push(...checkRoomMedia(cloud, parties));
    v.push(...(await listedRooms(cloud, parties, record)));
    return v;
  },
};
