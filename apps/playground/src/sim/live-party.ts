import { createLiveRoom, type LiveRoom, type Rect } from '@trtc-smart/core';
import type { FakeCloud } from '@trtc-smart/testkit';
import { describeEvent, loggedCall } from './logged-call.js';
import type { Control, LogLine, SimParty } from './party.js';
import { TILE_RECT } from './views.js';

/** Each anchor's room id is derived from their user id, so "enter alice's room" needs no lookup. */
export const roomIdOf = (anchor: string): number =>
  10_000 + ([...anchor].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) % 80_000, 0) % 80_000);

/** A live-room user (anchor or audience: the role comes from createRoom or enterRoom). */
export function liveParty(cloud: FakeCloud, id: string, userSig: string, kind: string): SimParty {
  const room: LiveRoom<Rect> = createLiveRoom({ adapter: cloud.adapter(id) });
  const log: LogLine[] = [];
  const write = (kind: LogLine['kind'], text: string) => log.push({ t: cloud.clock.now(), kind, text });
  room.events$.subscribe((event) => write('event', describeEvent(event)));
  room.linkMicEvents$.subscribe((event) => write('event', `linkMic.${describeEvent(event)}`));
  room.roomPKEvents$.subscribe((event) => write('event', `roomPK.${describeEvent(event)}`));

  const state = () => room.getSnapshot();
  const media = () => cloud.liveMediaState(id);

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
        params: () => ({ sdkAppId: cloud.options.sdkAppId, userId: id, userSig }),
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
        params: () => ({ isFront: true, view: { ...TILE_RECT } }),
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
    controls,
    peers: () => {
      const { room: current, pkPartner } = state();
      const anchors = (current?.anchors ?? []).map((a) => a.userId);
      return [...new Set([...anchors, ...(pkPartner ? [pkPartner.userId] : [])])].filter((u) => u !== id);
    },
    rendering: () => Object.keys(media()?.plays ?? {}),
    cameraOn: () => (media()?.camera ?? 'off') !== 'off',
    viewCommand: (peer, on) => {
      if (state().room === null) return null;
      return on
        ? { method: 'startPlay', params: { userId: peer, view: { ...TILE_RECT } } }
        : { method: 'stopPlay', params: { userId: peer } };
    },
    call: (method, params) => loggedCall(room, method, params, write),
    dispose: () => room.destroy(),
  };
}
