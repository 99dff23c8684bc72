// `@trtc-smart/adapter-web/media`: media controls for the web adapter, kept out of its main entry.
export type { AudioElement, AudioElementFactory } from './audio-element.js';
export type { MediaPluginLoaders } from './plugins.js';
export {
  createWebMediaControls,
  type WebAdapterWithMedia,
  type WebMediaControls,
  type WebMediaControlsOptions,
  withMediaControls,
} from './web-media-controls.js';
