import { ErrorCode, type LiveMediaPort, type Rect, TrtcSmartError } from '@trtc-smart/core';
import type { LiveContext } from './live-context.js';

/**
 * Live media over the native `liveRoom` object. Devices, publishing and playback are one native
 * method each, the view passed as the seed's `rect` unchanged. What the native module does inside
 * its flows resolves without a native call:
 * - enterRoom joins the room native createRoom (anchor) or enterRoom (audience) already entered,
 *   and lets the room's events that came meanwhile through to core;
 * - exitRoom: native destroyRoom / exitRoom, which core calls right after it, leave the TRTC
 *   room (and after onRoomDestroy or a lost connection the native module is out of it already);
 * - switchRole: a co-host's native startPublish / stopPublish switch the role themselves, and
 *   core switches only around those;
 * - connectOtherRoom: the requester's native module connects the rooms before its PK listener
 *   says onSuccess, the answer that makes core connect;
 * - disconnectOtherRoom: native quitRoomPK, which core sends just before, disconnects;
 * - stopPublish when the native module publishes nothing: it stopped by itself when kicked out
 *   (or left the room).
 */
export function createLiveMediaPort(context: LiveContext): LiveMediaPort<Rect> {
  const { invoke, book } = context;
  return {
    events$: context.media$.asObservable(),
    startCameraPreview: async ({ isFront, view }) => {
      await invoke('startCameraPreview', { isFront, rect: view });
    },
    stopCameraPreview: async () => {
      await invoke('stopCameraPreview');
    },
    async enterRoom({ roomId, role }) {
      const room = book.find(roomId);
      if (!room || room.isOwner !== (role === 'anchor')) {
        throw new TrtcSmartError(
          ErrorCode.INVALID_STATE,
          `enterRoom: the native module enters room ${roomId} as ${role} only through ${role === 'anchor' ? 'createRoom' : 'enterRoom'}`,
        );
      }
      book.joined(room, context.clock);
    },
    exitRoom: async () => undefined,
    switchRole: async () => undefined,
    async startPublish({ streamId }) {
      const room = book.requireCurrent('startPublish');
      await invoke('startPublish', { streamId });
      room.publishing = true;
    },
    async stopPublish() {
      const room = book.current;
      if (!room?.publishing) return;
      await invoke('stopPublish');
      room.publishing = false;
    },
    startPlay: async ({ userId, view }) => {
      await invoke('startPlay', { userId, rect: view });
    },
    stopPlay: async ({ userId }) => {
      await invoke('stopPlay', { userId });
    },
    connectOtherRoom: async () => undefined,
    disconnectOtherRoom: async () => undefined,
    switchCamera: async () => {
      // The native switchCamera toggles; core asks only for the other camera than the one in use.
      await invoke('switchCamera');
    },
    setMirror: async ({ isMirror }) => {
      await invoke('setMirror', { isMirror });
    },
    muteLocalAudio: async ({ isMute }) => {
      await invoke('muteLocalAudio', { isMute });
    },
    muteRemoteAudio: async ({ userId, isMute }) => {
      await invoke('muteRemoteAudio', { userId, isMute });
    },
    muteAllRemoteAudio: async ({ isMute }) => {
      await invoke('muteAllRemoteAudio', { isMute });
    },
  };
}
