import type { RoomState } from '@trtc-smart/core';
import { invalidParameter } from '@trtc-smart/core/adapter-kit';
import {
  decodeRoomStatus,
  encodeRoomStatus,
  GROUP_INTRO_MAX_BYTES,
  type RoomStatus,
} from '../wire/live-actions.js';

/**
 * Core's RoomState in TUILiveRoom's group-introduction form (the same JSON rides action 400). The
 * owner is always `list[0]`, from creation on, as Android writes it (TXRoomService.createRoom at
 * 1697d86e): Android takes list[0] for the owner and iOS room lists skip a room whose list is
 * empty; an owner not publishing yet has no stream id.
 */
export function toRoomStatus(state: RoomState, owner: { userId: string; name: string }): RoomStatus {
  const list = state.anchors.map((a) => ({ userId: a.userId, streamId: a.streamId, name: a.userName }));
  if (!list.some((a) => a.userId === owner.userId))
    list.unshift({ userId: owner.userId, streamId: '', name: owner.name });
  return { type: state.status, list };
}

/** list[0] without a stream is an owner not publishing yet (as iOS and we write it): no anchor. */
export function fromRoomStatus(status: RoomStatus): RoomState {
  return {
    status: status.type,
    anchors: status.list
      .filter((a, i) => i > 0 || a.streamId !== '')
      .map((a) => ({ userId: a.userId, userName: a.name, streamId: a.streamId })),
  };
}

/** The group introduction for a state; one that does not fit is refused before anything is sent. */
export function encodeRoomIntro(state: RoomState, owner: { userId: string; name: string }): string {
  const intro = encodeRoomStatus(toRoomStatus(state, owner));
  if (intro === undefined) {
    throw invalidParameter(
      'state',
      `the anchor list must fit the ${GROUP_INTRO_MAX_BYTES}-byte group introduction (fewer anchors or shorter names and stream ids)`,
    );
  }
  return intro;
}

/** A room whose introduction is not ours (another app's group, or empty) has no anchors yet. */
export function decodeRoomIntro(intro: string): RoomState {
  const status = decodeRoomStatus(intro);
  return status ? fromRoomStatus(status) : { status: 0, anchors: [] };
}
