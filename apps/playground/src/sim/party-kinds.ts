import type { FakeCloud } from '@trtc-smart/testkit';
import { callingParty } from './calling-party.js';
import { liveParty } from './live-party.js';
import type { SimParty } from './party.js';

export type PartyFactory = (cloud: FakeCloud, id: string, userSig: string) => SimParty;

/**
 * The kinds of user the stage can hold: a calling user, or a live-room user who starts as an
 * anchor or in the audience (the role is what they do: createRoom or enterRoom). Cards, charts,
 * presets and replay are kind-agnostic.
 */
export const partyKinds: Readonly<Record<string, PartyFactory>> = {
  calling: callingParty,
  anchor: (cloud, id, userSig) => liveParty(cloud, id, userSig, 'anchor'),
  audience: (cloud, id, userSig) => liveParty(cloud, id, userSig, 'audience'),
};
