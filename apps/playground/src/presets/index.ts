import { createFakeCloud } from '@trtc-smart/testkit';
import { hasLiveRooms } from '../sim/live-party.js';
import { partyKinds } from '../sim/party-kinds.js';
import { callingPresets } from './calling-presets.js';
import { livePresets } from './live-presets.js';
import type { Preset } from './preset.js';

/** Live rooms need the fake cloud's live ports; without them only calling is offered. */
const liveRooms = hasLiveRooms(createFakeCloud());

/** Every preset the toolbar offers. */
export const presets: readonly Preset[] = [...callingPresets, ...(liveRooms ? livePresets : [])];

/** The kinds of user that can be added by hand. */
export const availableKinds = (): string[] =>
  Object.keys(partyKinds).filter((kind) => kind === 'calling' || liveRooms);
