// `@trtc-smart/core/seed`: the seed plugin's callback-style objects, kept out of the main entry.
export { type CallingSeedModule, toCallingSeedModule } from './seed/calling-seed-module.js';
export { type LiveRoomSeedModule, toLiveRoomSeedModule } from './seed/live-room-seed-module.js';
export type { MediaSeedMethods, SeedDeviceList } from './seed/media-seed-methods.js';
export type {
  SeedCallback,
  SeedError,
  Seeded,
  SeedListener,
  SeedMethod,
  SeedNoParams,
  SeedOk,
  WithRect,
} from './seed/seed-callback.js';
export { toSeedModule } from './seed/to-seed-module.js';
