import type { CallingState, LiveRoomState } from '@trtc-smart/core';

/**
 * The methods a user would plausibly call next, by state (as the playground enables its buttons).
 * The generators' `next` op picks one of these, so worlds reach deep states (PK, co-hosting,
 * group calls) instead of mostly bouncing off INVALID_STATE; every other op is still drawn blind.
 */
export function likelyCalling(state: CallingState): readonly string[] {
  switch (state.status) {
    case 'loggedOut':
      return ['login'];
    case 'idle':
      return ['call', 'call', 'groupCall', 'logout'];
    case 'ringing':
      return ['accept', 'accept', 'accept', 'reject', 'hangup'];
    case 'dialing':
    case 'connecting':
      return ['hangup', 'groupCall'];
    case 'inCall':
      return ['hangup', 'groupCall', 'switchToAudio', 'openCamera', 'logout'];
    default:
      return [];
  }
}

export function likelyLive(state: LiveRoomState): readonly string[] {
  const answers =
    state.incoming?.kind === 'joinAnchor'
      ? ['responseJoinAnchor', 'responseJoinAnchor']
      : state.incoming?.kind === 'roomPK'
        ? ['responseRoomPK', 'responseRoomPK']
        : [];
  switch (state.status) {
    case 'loggedOut':
      return ['login'];
    case 'outside':
      return ['createRoom', 'enterRoom', 'enterRoom', 'logout'];
    case 'previewing':
      return ['startPublish', 'startPublish', 'destroyRoom'];
    case 'live':
      return [...answers, 'requestRoomPK', 'requestRoomPK', 'destroyRoom', 'stopPublish', 'sendRoomTextMsg'];
    case 'linkMic':
      return [...answers, 'kickoutJoinAnchor', 'destroyRoom', 'requestRoomPK'];
    case 'requestingPK':
    case 'respondingPK':
      return [...answers, 'destroyRoom', 'logout'];
    case 'inPK':
      return [...answers, 'quitRoomPK', 'destroyRoom', 'logout'];
    case 'watching':
      return ['requestJoinAnchor', 'requestJoinAnchor', 'exitRoom', 'sendRoomTextMsg'];
    case 'requesting':
      return ['exitRoom', 'logout'];
    case 'linked':
      return ['startPublish', 'startPublish', 'exitRoom', 'stopPublish'];
    default:
      return [];
  }
}
