import type { Calling } from '../calling/create-calling.js';
import type { LiveRoom } from '../live-room/create-live-room.js';
import { type CallingSeedModule, toCallingSeedModule } from './calling-seed-module.js';
import { type LiveRoomSeedModule, toLiveRoomSeedModule } from './live-room-seed-module.js';

/**
 * The seed plugin's object for either API, as the seed names it: `toSeedModule(calling)` gives its
 * `calling`, `toSeedModule(liveRoom)` its `liveRoom` (toCallingSeedModule / toLiveRoomSeedModule
 * are the same, named).
 */
export function toSeedModule(calling: Calling): CallingSeedModule;
export function toSeedModule(liveRoom: LiveRoom): LiveRoomSeedModule;
export function toSeedModule(api: Calling | LiveRoom): CallingSeedModule | LiveRoomSeedModule {
  return isLiveRoom(api) ? toLiveRoomSeedModule(api) : toCallingSeedModule(api);
}

const isLiveRoom = (api: Calling | LiveRoom): api is LiveRoom => 'createRoom' in api;
