import { createLiveRoom, type LiveRoom, type LiveRoomAdapter, type LiveRoomStatus } from '@trtc-smart/core';
import { liveRoomMediaStage, mediaControls } from '@trtc-smart/core/media';
import type { FakeCloud, JsonValue } from '@trtc-smart/testkit';
import { describeEvent, loggedCall } from './logged-call.js';
import type { Control, LogLine, SimParty } from './party.js';
import {
  fakeMediaPlatform,
  MEDIA_QUIET,
  type MediaPlatform,
  type MediaRules,
  partyMedia,
} from './party-media.js';
import { TILE_RECT } from './views.js';

/** Each anchor's room id is derived from their user id, so "enter alice's room" needs no lookup. */
export const roomIdOf = (anchor: string): number =>
  10_000 + ([...anchor].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) % 80_000, 0) % 80_000);

/** A live-room user on the fake cloud (anchor or audience: the role comes from createRoom or enterRoom). */
export function liveParty(cloud: FakeCloud, id: string, userSig: string, kind: string): SimParty {
  return liveUser({
    adapter: cloud.adapter(id),
    id,
    kind,
    login: { sdkAppId: cloud.options.sdkAppId, userId: id, userSig },
    view: () => ({ ...TILE_RECT }),
    media: {
      rendering: () => Object.keys(cloud.liveMediaState(id)?.plays ?? {}),
      cameraOn: () => (cloud.liveMediaState(id)?.camera ?? 'off') !== 'off',
    },
    platform: fakeMediaPlatform(cloud, id),
  });
}

export interface LiveUserOptions<View> {
  readonly adapter: LiveRoomAdapter<View>;
  readonly id: string;
  readonly kind: string;
  readonly login: { readonly sdkAppId: number; readonly userId: string; readonly userSig: string };
  /** The view for this user's own camera (`self`) or a peer's stream, as the adapter takes it. */
  readonly view: (owner: string) => JsonValue;
  /** What the platform says is rendered and captured; default: by the SDK's state and its own plays. */
  readonly media?: { rendering(): readonly string[]; cameraOn(): boolean };
  /** With the media controls (`media: mediaControls`) and the card's media panel, on this platform. */
  readonly platform?: MediaPlatform;
}

/** A live-room user on any adapter: the fake cloud's, or the web adapter in real-cloud mode. */
export function liveUser<View>(options: LiveUserOptions<View>): SimParty {
  const { adapter, id, kind, view } = options;
  const { platform } = options;
  const withMedia = platform ? createLiveRoom({ adapter, media: mediaControls }) : undefined;
  // The media instance's wider events$ and state$ are read through `media` below.
  const room = (withMedia ?? createLiveRoom({ adapter })) as LiveRoom<View>;
  const rules: MediaRules = {
    canShare: (status) => liveRoomMediaStage(status as LiveRoomStatus) === 'publishing',
    view: { start: 'startPlay', stop: 'stopPlay' },
    viewOf: view,
  };
  const media = withMedia && platform && partyMedia(withMedia, rules, platform);
  const log: LogLine[] = [];
  const write = (kind: LogLine['kind'], text: string) => log.push({ t: adapter.clock.now(), kind, text });
  /** Streams this user plays, by its own successful startPlay / stopPlay calls. */
  const playing = new Set<string>();
  room.events$.subscribe((event) => {
    media?.observe(event);
    if (!MEDIA_QUIET.has(event.eventType)) write('event', describeEvent(event));
  });
  room.linkMicEvents$.subscribe((event) => write('event', `linkMic.${describeEvent(event)}`));
  room.roomPKEvents$.subscribe((event) => write('event', `roomPK.${describeEvent(event)}`));

  const state = () => room.getSnapshot();

  const controls = (): Control[] => {
    // Roles come from the room (owner or not), so only the stable status names are spelled out.
    const { status, devices, incoming, room: current, pkPartner } = state();
    const inRoom = current !== null;
    const owner = current?.isOwner === true;
    const camera = devices.camera;
    const first = (targets: readonly string[]) => targets[0] ?? '';
    const answer = (method: string, isAgree: boolean, wanted: 'joinAnchor' | 'roomPK'): Control => ({
      method,
      label: `${isAgree ? 'accept' : 'refuse'} ${wanted === 'joinAnchor' ? 'link mic' : 'PK'}`,
      enabled: incoming?.kind === wanted,
      params: () => ({ userId: incoming?.from.userId ?? '', isAgree, reason: isAgree ? '' : 'not now' }),
    });
    return [
      {
        method: 'login',
        label: 'login',
        enabled: status === 'loggedOut',
        params: () => ({ ...options.login }),
      },
      { method: 'logout', label: 'logout', enabled: status === 'outside' },
      {
        method: 'createRoom',
        label: 'create room',
        enabled: status === 'outside',
        params: () => ({ roomId: roomIdOf(id), roomName: `${id}'s room`, coverUrl: '' }),
      },
      {
        method: 'enterRoom',
        label: "enter anchor's room",
        enabled: status === 'outside',
        params: (t) => ({ roomId: roomIdOf(first(t)) }),
      },
      { method: 'exitRoom', label: 'exit room', enabled: inRoom && !owner },
      { method: 'destroyRoom', label: 'destroy room', enabled: owner },
      {
        method: 'startCameraPreview',
        label: 'camera on',
        enabled: (status === 'previewing' || status === 'linked' || status === 'live') && camera === 'off',
        params: () => ({ isFront: true, view: view('self') }),
      },
      { method: 'stopCameraPreview', label: 'camera off', enabled: inRoom && camera !== 'off' },
      {
        method: 'startPublish',
        label: 'publish',
        enabled: status === 'previewing' || (status === 'linked' && state().room?.streamId === null),
        params: () => ({ streamId: `${id}_stream` }),
      },
      { method: 'stopPublish', label: 'stop publish', enabled: status === 'live' || status === 'linked' },
      {
        method: 'requestJoinAnchor',
        label: 'request link mic',
        enabled: status === 'watching',
        params: () => ({ reason: `${id} would like to join` }),
      },
      answer('responseJoinAnchor', true, 'joinAnchor'),
      answer('responseJoinAnchor', false, 'joinAnchor'),
      {
        method: 'kickoutJoinAnchor',
        label: 'kick co-host',
        enabled: status === 'linkMic',
        params: (t) => ({ userId: first(t) }),
      },
      {
        method: 'requestRoomPK',
        label: 'request PK',
        enabled: status === 'live',
        params: (t) => ({ roomId: roomIdOf(first(t)), userId: first(t) }),
      },
      answer('responseRoomPK', true, 'roomPK'),
      answer('responseRoomPK', false, 'roomPK'),
      { method: 'quitRoomPK', label: 'quit PK', enabled: pkPartner !== null },
      { method: 'switchCamera', label: 'flip camera', enabled: inRoom && camera !== 'off' },
      {
        method: 'muteLocalAudio',
        label: devices.micMuted ? 'unmute' : 'mute',
        enabled: inRoom,
        params: () => ({ isMute: !devices.micMuted }),
      },
      {
        method: 'sendRoomTextMsg',
        label: 'send text',
        enabled: inRoom,
        params: () => ({ msg: `hello from ${id}` }),
      },
      {
        method: 'sendRoomCustomMsg',
        label: 'send like',
        enabled: inRoom,
        params: () => ({ cmd: 'like', msg: '1' }),
      },
    ];
  };

  return {
    id,
    kind,
    machine: room.actor.logic,
    actor: room.actor,
    log,
    status: () => state().status,
    connection: () => state().connection,
    controls,
    peers: () => {
      const { room: current, pkPartner } = state();
      const anchors = (current?.anchors ?? []).map((a) => a.userId);
      return [...new Set([...anchors, ...(pkPartner ? [pkPartner.userId] : [])])].filter((u) => u !== id);
    },
    ...(media ? { media } : {}),
    rendering: () => options.media?.rendering() ?? [...playing],
    cameraOn: () => options.media?.cameraOn() ?? state().devices.camera !== 'off',
    viewCommand: (peer, on) => {
      if (state().room === null) return null;
      return on
        ? { method: 'startPlay', params: { userId: peer, view: view(peer) } }
        : { method: 'stopPlay', params: { userId: peer } };
    },
    call: async (method, params) => {
      await loggedCall(room, method, params, write);
      const userId = (params as { userId?: unknown } | null)?.userId;
      // A screen share (streamType 'sub') is not the anchor's camera stream.
      if (typeof userId !== 'string' || (params as { streamType?: unknown }).streamType === 'sub') return;
      if (method === 'startPlay') playing.add(userId);
      if (method === 'stopPlay') playing.delete(userId);
    },
    dispose: () => room.destroy(),
  };
}
