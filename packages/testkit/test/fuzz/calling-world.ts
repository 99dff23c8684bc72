import { createCalling } from '@trtc-smart/core';
import { type CallingWithMedia, mediaControls } from '@trtc-smart/core/media';
import type { FakeAdapter, FakeCloud } from '../../src/index.js';
import { fakeCloudAdapters, type WorldAdapters } from './adapters.js';
import { type CallSide, checkCalls, checkLeft, checkRooms } from './calling-checks.js';
import { CallingRecorder } from './calling-recorder.js';
import { likelyCalling } from './likely.js';
import { checkMedia } from './media-checks.js';
import { type CallingWorldState, callingMethods, withoutMedia } from './methods.js';
import { type Party, type Peer, TIMEOUTS_MS, type WorldSpec } from './run-world.js';
import { sdkOptions } from './world.js';

export interface CallingParty extends Party<CallingWorldState> {
  readonly sdk: CallingWithMedia<unknown>;
  readonly recorder: CallingRecorder;
  /** Its fake-cloud device (what the adapter rides on). */
  readonly adapter: FakeAdapter;
}

/** A party as the call checks see it. */
export function sideOf(p: CallingParty): CallSide {
  const { status, call } = p.sdk.getSnapshot();
  const participants = Object.fromEntries(
    Object.entries(call?.participants ?? {}).map(([id, x]) => [id, x.status]),
  );
  return {
    user: p.user,
    device: p.device,
    status,
    roomId: call?.roomId,
    deviceRoom: p.adapter.mediaState().roomId,
    participants,
  };
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

/** An official app's user in a call world (interop worlds), held to the same checks as ours. */
export interface CallPeer extends Peer {
  side(): CallSide;
  /** Every TRTC room its calls used. */
  readonly roomIds: ReadonlySet<number>;
}

/** Call worlds with our users on `adapters`; an interop world adds `newPeer`. */
export function callingWorldOn<Pe extends CallPeer>(
  adapters: WorldAdapters,
): WorldSpec<CallingWorldState, CallingParty, Pe> {
  const sidesOf = (parties: readonly CallingParty[], peer: Pe | undefined) => [
    ...parties.map(sideOf),
    ...(peer ? [peer.side()] : []),
  ];
  const roomsOf = (parties: readonly CallingParty[], peer: Pe | undefined) => [
    ...parties.flatMap((p) => [...p.recorder.roomIds]),
    ...(peer?.roomIds ?? []),
  ];
  const media = (cloud: FakeCloud, parties: readonly CallingParty[]) =>
    adapters.media ? checkCallMedia(cloud, parties) : [];
  return {
    partyKind: 'calling',
    secondDevice: true,
    methods: adapters.media ? callingMethods : withoutMedia(callingMethods),
    likely: likelyCalling,
    quietMs: TIMEOUTS_MS,
    view: adapters.view,
    newParty(cloud, user) {
      const device = cloud.adapter(user);
      const adapter = adapters.adapter(device, cloud);
      const sdk = createCalling({ adapter, media: mediaControls, ...sdkOptions(user) });
      const recorder = new CallingRecorder(device.deviceId, sdk, () => cloud.clock.now());
      return {
        user,
        device: device.deviceId,
        adapter: device,
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
    checkQuiet: (cloud, parties, peer) => {
      const sides = sidesOf(parties, peer);
      const rooms = checkRooms(cloud, sides, roomsOf(parties, peer));
      return [...checkCalls(sides), ...rooms, ...media(cloud, parties)];
    },
    async checkEnd(cloud, parties, _record, peer) {
      const sides = sidesOf(parties, peer);
      const rooms = checkRooms(cloud, sides, roomsOf(parties, peer));
      return [...checkLeft(sides), ...rooms, ...media(cloud, parties)];
    },
  };
}

export const callingWorld = callingWorldOn<never>(fakeCloudAdapters);
