import type { CdnStreamingPlugin, CrossRoomPlugin } from '../sdk.js';
import type { WebContext } from '../web-context.js';
import { JoinedRoom } from './joined-room.js';
import { createLiveMediaPort } from './live-media-port.js';
import { createLiveSignalingPort } from './live-signaling-port.js';

/** The live-room ports over one context; they share the joined room, and media tells signaling its stream. */
export function livePorts(
  context: WebContext,
  plugins: { readonly CrossRoom?: CrossRoomPlugin; readonly CDNStreaming?: CdnStreamingPlugin },
) {
  const room = new JoinedRoom();
  const liveSignaling = createLiveSignalingPort(context, room);
  const liveMedia = createLiveMediaPort(
    context,
    { crossRoom: plugins.CrossRoom !== undefined, cdnStreaming: plugins.CDNStreaming },
    { room, noticeStream: (streamId) => liveSignaling.noticeStream(streamId) },
  );
  return { liveSignaling, liveMedia };
}
