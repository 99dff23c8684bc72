import type { LiveRoomState } from '@trtc-smart/core';
import { type AnyLiveRoom, LivePlayer, LivePreview } from '@trtc-smart/vue';
import { h, type VNode } from 'vue';
import type { User } from './clouds.js';

/** A button that runs `action`; a refused or failed action is logged, as an app would show it. */
export const button = (label: string, action: () => Promise<unknown>): VNode =>
  h('button', { type: 'button', onClick: () => void action().catch(console.warn) }, label);

/** The user's name and status, the part of every card that is always there. */
export const header = (user: User, state: LiveRoomState): VNode =>
  h('h2', [`${user.userId} `, h('small', state.status)]);

/** This user's camera preview as a tile. */
export const myTile = (room: AnyLiveRoom, user: User): VNode =>
  h(LivePreview, { room, class: 'tile', 'data-testid': 'tile-me', ...viewOf(user) }, () => h('span', 'me'));

/** `userId`'s stream as a tile. */
export const playerTile = (room: AnyLiveRoom, user: User, userId: string): VNode =>
  h(
    LivePlayer,
    { room, userId, key: userId, class: 'tile', 'data-testid': `tile-${userId}`, ...viewOf(user) },
    () => h('span', userId),
  );

const viewOf = (user: User) => (user.view ? { view: user.view } : {});
