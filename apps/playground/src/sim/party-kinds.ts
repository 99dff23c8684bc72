import type { FakeCloud } from '@trtc-smart/testkit';
import { callingParty } from './calling-party.js';
import { liveParty } from './live-party.js';
import { officialParty } from './official-party.js';
import type { SimParty } from './party.js';

export type PartyFactory = (cloud: FakeCloud, id: string, userSig: string) => SimParty;

/**
 * The kinds of user the stage can hold: a calling user, or a live-room user who starts as an
 * anchor or in the audience (the role is what they do: createRoom or enterRoom), or a user of one
 * of Tencent's official call apps. Cards, charts,
 * presets and replay are kind-agnostic.
 */
export const partyKinds: Readonly<Record<string, PartyFactory>> = {
  calling: callingParty,
  anchor: (cloud, id, userSig) => liveParty(cloud, id, userSig, 'anchor'),
  audience: (cloud, id, userSig) => liveParty(cloud, id, userSig, 'audience'),
  // Tencent's official call apps, beside ours: their raw payloads show on the card and the timeline.
  'official-ios': (cloud, id) => officialParty(cloud, id, 'ios'),
  'official-android': (cloud, id) => officialParty(cloud, id, 'android'),
  'official-js': (cloud, id) => officialParty(cloud, id, 'js'),
};
