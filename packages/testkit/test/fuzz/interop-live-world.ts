import type { WorldAdapters } from './adapters.js';
import { type LiveParty, liveWorldOn } from './live-world.js';
import type { LiveWorldState } from './methods.js';
import { OfficialLiveParty } from './official-live-party.js';
import type { WorldSpec } from './run-world.js';

/** The official live apps an interop world draws its peer from. */
export const LIVE_KITS = ['iOS', 'Android'] as const;

/**
 * Live-room worlds with our users on `adapters` (adapter-web over its SDK doubles) and one
 * TRTCLiveRoom app's user among them, held to the live checks on both sides.
 */
export const interopLiveWorld = (
  adapters: WorldAdapters,
): WorldSpec<LiveWorldState, LiveParty, OfficialLiveParty> => ({
  ...liveWorldOn<OfficialLiveParty>(adapters),
  newPeer: (cloud, user, kit) => new OfficialLiveParty(cloud, user, kit),
});
