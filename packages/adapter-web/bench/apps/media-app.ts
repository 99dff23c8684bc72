// Our glue, with the media controls loaded on demand (as an app that opts in would): the static part
// must be the glue alone; the media code and each TRTC plugin must land in chunks of their own.

export * from '@trtc-smart/adapter-web';
export * from '@trtc-smart/core';
export const loadMediaControls = () => import('@trtc-smart/adapter-web/media');
