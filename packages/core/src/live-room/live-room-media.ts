import type { LiveRoomEvent } from '../domain/live-room-events.js';
import type { MediaInstance, StreamType } from '../media/media-types.js';
import type { LiveRoom } from './live-room-api.js';
import type { PlayParams } from './live-room-params.js';
import type { LiveRoomState } from './live-room-state.js';

/**
 * A LiveRoom created with `media: mediaControls`: the media methods, media events on events$,
 * `state.media`, and an anchor's screen share played with `startPlay({..., streamType: 'sub'})`.
 */
export type LiveRoomWithMedia<View = unknown> = Omit<
  LiveRoom<View>,
  'events$' | 'state$' | 'getSnapshot' | 'startPlay' | 'stopPlay'
> &
  MediaInstance<LiveRoomState, LiveRoomEvent> & {
    /** Plays an anchor's camera (`streamType` 'main', the default) or screen share ('sub'). */
    startPlay(params: PlayParams<View> & { readonly streamType?: StreamType }): Promise<void>;
    /** Stops playing an anchor's camera ('main', the default) or screen share ('sub'). */
    stopPlay(params: { readonly userId: string; readonly streamType?: StreamType }): Promise<void>;
  };
