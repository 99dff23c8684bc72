import { callingPresets } from './calling-presets.js';
import type { Preset } from './preset.js';

/** Every preset the toolbar offers; live-room presets join once core has createLiveRoom. */
export const presets: readonly Preset[] = [...callingPresets];
