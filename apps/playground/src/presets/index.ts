import { callingPresets } from './calling-presets.js';
import { livePresets } from './live-presets.js';
import type { Preset } from './preset.js';

/** Every preset the toolbar offers. */
export const presets: readonly Preset[] = [...callingPresets, ...livePresets];
