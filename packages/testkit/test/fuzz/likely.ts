import type { CallingState, LiveRoomState } from '@trtc-smart/core';
import type { WithMediaState } from '@trtc-smart/core/media';

/** Where the user may share its screen, the share's next step: started, or stopped. */
const screenShare = (state: WithMediaState<unknown>) =>
  state.media.screenShare === 'off' ? 'startScreenShare' : 'stopScreenShare';

/** While a track plays or is paused, one more plausible op: pausing or resuming it. */
const withMusic = (state: WithMediaState<unknown>, likely: readonly string[]): readonly string[] => {
  const track = state.media.music[0];
  if (!track || likely.length === 0) return likely;
  return [...likely, track.status === 'paused' ? 'resumePlayMusic' : 'pausePlayMusic'];
};

/**
 * The methods a user would plausibly call next, by state (as the playground enables its buttons).
 * The generators' `next` op picks one of these, so worlds reach deep states (PK, co-hosting,
 * group calls) instead of mostly bouncing off INVALID_STATE; every other op is still drawn blind.
 */
export const likelyCalling = (state: WithMediaState<CallingState>) => withMusic(state, calling(state));

function calling(state: WithMediaState<CallingState>): readonly string[] {
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
      return ['hangup', 'groupCall', 'switchToAudio', 'openCamera', 'logout', screenShare(state)];
    default:
      return [];
  }
}

export const likelyLive = (state: WithMediaState<LiveRoomState>) => withMusic(state, live(state));

function live(state: WithMediaState<LiveRoomState>): readonly string[] {
  // An owner holding a request mostly answers it (within its 10 s), agreeing half the time.
  if (state.incoming?.kind === 'joinAnchor')
    return ['responseJoinAnchor', 'responseJoinAnchor', 'destroyRoom'];
  if (state.incoming?.kind === 'roomPK') return ['responseRoomPK', 'responseRoomPK', 'destroyRoom'];
  switch (state.status) {
    case 'loggedOut':
      return ['login'];
    case 'outside':
      return ['createRoom', 'enterRoom', 'enterRoom', 'logout'];
    case 'previewing':
      return ['startPublish', 'startPublish', 'startPublish', 'destroyRoom'];
    case 'live':
      return [
        'requestRoomPK',
        'requestRoomPK',
        'destroyRoom',
        'stopPublish',
        'sendRoomTextMsg',
        screenShare(state),
      ];
    case 'linkMic':
      return ['kickoutJoinAnchor', 'destroyRoom', 'requestRoomPK', screenShare(state)];
    case 'requestingPK':
    case 'respondingPK':
      return ['destroyRoom', 'logout'];
    case 'inPK':
      return ['quitRoomPK', 'destroyRoom', 'logout', screenShare(state)];
    case 'watching':
      // Asking an owner who is not publishing is refused: mostly wait for one who is.
      return state.room?.roomInfo.roomStatus === 0
        ? ['exitRoom', 'sendRoomTextMsg', 'requestJoinAnchor']
        : ['requestJoinAnchor', 'requestJoinAnchor', 'requestJoinAnchor', 'exitRoom'];
    case 'requesting':
      return ['exitRoom', 'logout'];
    case 'linked':
      return ['startPublish', 'startPublish', 'exitRoom', 'stopPublish', screenShare(state)];
    default:
      return [];
  }
}
