// `@trtc-smart/core/media`: the opt-in media controls (music, beauty, virtual background, devices,
// screen share, statistics). Pass `media: mediaControls` to createCalling / createLiveRoom; an app
// that never imports this entry bundles none of it.
export type { CallingWithMedia } from './calling/calling-media.js';
export type { LiveRoomWithMedia } from './live-room/live-room-media.js';
export { liveRoomMediaStage } from './live-room/live-room-media-host.js';
export { mediaControls } from './media/media-controls.js';
export type { MediaControls, MediaHost, MediaStage } from './media/media-host.js';
export type * from './media/media-port.js';
export type * from './media/media-types.js';
