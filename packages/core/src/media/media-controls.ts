import type { MediaControls } from './media-host.js';

/** The opt-in media controls (implementation follows). */
export const mediaControls: MediaControls = () => {
  throw new Error('mediaControls: not implemented yet');
};
