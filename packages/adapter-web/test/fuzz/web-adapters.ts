import type { WorldAdapters } from '../../../testkit/test/fuzz/adapters.js';
import { webAdapterOn } from '../web-adapter-harness.js';

/**
 * The fuzz worlds' users on adapter-web over its SDK doubles (with the live plugins). The doubles
 * keep their own media devices, so the media methods and checks stay with the fake cloud's worlds.
 */
export const webAdapters: WorldAdapters = {
  adapter: (device, cloud) => webAdapterOn(device, cloud.options.sdkAppId),
  view: 'fuzz-view',
  media: false,
};
