import type { FakeCloud } from '@trtc-smart/testkit';
import { callingParty } from './calling-party.js';
import type { SimParty } from './party.js';

export type PartyFactory = (cloud: FakeCloud, id: string, userSig: string) => SimParty;

/**
 * The kinds of user the stage can hold. Live-room roles (anchor, audience) register here once
 * core's createLiveRoom exists; everything else (cards, charts, presets, replay) is kind-agnostic.
 */
export const partyKinds: Readonly<Record<string, PartyFactory>> = {
  calling: callingParty,
};
