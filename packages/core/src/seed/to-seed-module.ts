import type { CallingWithMedia } from '../calling/calling-media.js';
import type { Calling } from '../calling/create-calling.js';
import type { CallingEvent } from '../domain/calling-events.js';
import type { LiveRoomEvent } from '../domain/live-room-events.js';
import type { LiveRoom } from '../live-room/live-room-api.js';
import type { LiveRoomWithMedia } from '../live-room/live-room-media.js';
import type { MediaEvent } from '../media/media-types.js';
import { type CallingSeedModule, toCallingSeedModule } from './calling-seed-module.js';
import { type LiveRoomSeedModule, toLiveRoomSeedModule } from './live-room-seed-module.js';

/**
 * The seed plugin's object for either API, as the seed names it: `toSeedModule(calling)` gives its
 * `calling`, `toSeedModule(liveRoom)` its `liveRoom` (toCallingSeedModule / toLiveRoomSeedModule
 * are the same, named).
 */
export function toSeedModule(calling: Calling): CallingSeedModule;
export function toSeedModule(liveRoom: LiveRoom): LiveRoomSeedModule;
export function toSeedModule(calling: CallingWithMedia): CallingSeedModule<CallingEvent | MediaEvent>;
export function toSeedModule(liveRoom: LiveRoomWithMedia): LiveRoomSeedModule<LiveRoomEvent | MediaEvent>;
export function toSeedModule(
  instance: Calling | LiveRoom | CallingWithMedia | LiveRoomWithMedia,
): CallingSeedModule<CallingEvent | MediaEvent> | LiveRoomSeedModule<LiveRoomEvent | MediaEvent> {
  // A media instance has the same methods at run time; the seed modules read its media ones.
  const api = instance as Calling | LiveRoom;
  return isLiveRoom(api) ? toLiveRoomSeedModule(api) : toCallingSeedModule(api);
}

const isLiveRoom = (api: Calling | LiveRoom): api is LiveRoom => 'createRoom' in api;
