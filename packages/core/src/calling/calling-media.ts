import type { CallingEvent } from '../domain/calling-events.js';
import type { MediaInstance, StreamType } from '../media/media-types.js';
import type { Calling } from './calling-api.js';
import type { RemoteViewParams } from './calling-params.js';
import type { CallingState } from './calling-state.js';

/**
 * A Calling created with `media: mediaControls`: the media methods, media events on events$,
 * `state.media`, and remote screen shares rendered with `startRemoteView({..., streamType: 'sub'})`.
 */
export type CallingWithMedia<View = unknown> = Omit<
  Calling<View>,
  'events$' | 'state$' | 'getSnapshot' | 'startRemoteView' | 'stopRemoteView'
> &
  MediaInstance<CallingState, CallingEvent> & {
    /** Renders a remote user's camera (`streamType` 'main', the default) or screen share ('sub'). */
    startRemoteView(params: RemoteViewParams<View> & { readonly streamType?: StreamType }): Promise<void>;
    /** Stops rendering a remote user's camera ('main', the default) or screen share ('sub'). */
    stopRemoteView(params: { readonly userId: string; readonly streamType?: StreamType }): Promise<void>;
  };
