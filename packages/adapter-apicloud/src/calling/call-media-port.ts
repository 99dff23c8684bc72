import { type CallMediaPort, type CallType, ErrorCode, type Rect, TrtcSmartError } from '@trtc-smart/core';
import type { CallingContext } from './calling-context.js';

/**
 * Call media over the native module. The native module enters and leaves a call's room by itself
 * (call / groupCall / accept enter it, hangup leaves it), so:
 * - enterRoom joins the native call that invite or accept of the same roomId started;
 * - exitRoom hangs up the native call this user joined, if it still holds one;
 * - the device methods are one native method each, the view passed as the seed's `rect` unchanged.
 */
export function createCallMediaPort(context: CallingContext): CallMediaPort<Rect> {
  const { invoke, book } = context;
  return {
    events$: context.media$.asObservable(),
    async enterRoom({
      roomId,
    }: {
      readonly roomId: number;
      readonly userId: string;
      readonly callType: CallType;
    }) {
      // Core starts enterRoom and invite / accept together; let the signaling half start the native call.
      await Promise.resolve();
      const join = book.joinOf(roomId);
      if (!join) {
        throw new TrtcSmartError(
          ErrorCode.INVALID_STATE,
          `enterRoom: the native module enters room ${roomId} only through call, groupCall or accept`,
        );
      }
      await join;
    },
    async exitRoom() {
      const call = book.current;
      if (!call?.join) return;
      book.forget(call);
      await invoke('hangup');
    },
    openCamera: async ({ isFront, view }) => {
      await invoke('openCamera', { isFront, rect: view });
    },
    closeCamera: async () => {
      await invoke('closeCamera');
    },
    switchCamera: async ({ isFront }) => {
      await invoke('switchCamera', { isFront });
    },
    setMicMute: async ({ isMute }) => {
      await invoke('setMicMute', { isMute });
    },
    setHandsFree: async ({ isHandsFree }) => {
      await invoke('setHandsFree', { isHandsFree });
    },
    startRemoteView: async ({ userId, view }) => {
      await invoke('startRemoteView', { userId, rect: view });
    },
    stopRemoteView: async ({ userId }) => {
      await invoke('stopRemoteView', { userId });
    },
  };
}
