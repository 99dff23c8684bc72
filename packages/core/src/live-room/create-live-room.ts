import { defineOnFirstRead, installMethods } from '../machine/api-methods.js';
import type { MediaControls } from '../media/media-host.js';
import type { LiveRoom, LiveRoomOptions, TableMethod } from './live-room-api.js';
import { LiveRoomInstance, type Room } from './live-room-instance.js';
import type { LiveRoomWithMedia } from './live-room-media.js';
import { METHODS } from './live-room-methods.js';

installMethods(LiveRoomInstance.prototype, METHODS);
defineOnFirstRead(LiveRoomInstance.prototype as Room, 'getSnapshot', (room) => () => room.state.getValue());

/** Creates a live-room user (the seed's `liveRoom` object as promises and streams) over a platform adapter. */
export function createLiveRoom<View>(
  options: LiveRoomOptions<View> & { readonly media: MediaControls },
): LiveRoomWithMedia<View>;
export function createLiveRoom<View>(options: LiveRoomOptions<View>): LiveRoom<View>;
export function createLiveRoom<View>(
  options: LiveRoomOptions<View>,
): LiveRoom<View> | LiveRoomWithMedia<View> {
  return new LiveRoomInstance(options) as LiveRoomInstance<View> &
    Pick<LiveRoom<View>, TableMethod | 'getSnapshot'>;
}
