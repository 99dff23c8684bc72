import type { BeautyStyle } from '@trtc-smart/core/media';
import type { TrtcClient } from '../sdk.js';
import { trtcCaller } from '../trtc-room.js';
import type { MediaPluginLoaders } from './plugins.js';

/** 'natural' smooths less than 'smooth' at the same level (BasicBeauty has one smoothing filter). */
const NATURAL_SMOOTHING = 0.6;
const MAX_LEVEL = 9;

/**
 * Beauty over trtc-sdk-v5's BasicBeauty plugin, whose three strengths are 0-1. It applies to the
 * local camera whenever it runs (preview or call), also one started after it; level 0 everywhere
 * stops the plugin, so a page with beauty off runs no filter at all.
 */
export function createBeauty(
  trtc: TrtcClient,
  plugin: (name: 'BasicBeauty') => ReturnType<MediaPluginLoaders['BasicBeauty']>,
) {
  const call = trtcCaller(trtc);
  let running = false;
  return {
    async setBeautyStyle({ style, beauty, whiteness, ruddiness }: BeautyStyle): Promise<void> {
      if (beauty === 0 && whiteness === 0 && ruddiness === 0) {
        if (running) await call((t) => t.stopPlugin('BasicBeauty'));
        running = false;
        return;
      }
      await plugin('BasicBeauty');
      const smoothing = style === 'natural' ? NATURAL_SMOOTHING : 1;
      const options = {
        beauty: (beauty / MAX_LEVEL) * smoothing,
        brightness: whiteness / MAX_LEVEL,
        ruddy: ruddiness / MAX_LEVEL,
      };
      if (running) await call((t) => t.updatePlugin('BasicBeauty', options));
      else await call((t) => t.startPlugin('BasicBeauty', options));
      running = true;
    },
  };
}
