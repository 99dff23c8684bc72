import type { FakeCloud } from '@trtc-smart/testkit';
import { callingParty } from './calling-party.js';
import { liveParty } from './live-party.js';
import { officialLiveParty } from './official-live-party.js';
import { officialParty } from './official-party.js';
import type { SimParty } from './party.js';
import { webCallingParty } from './web-calling-party.js';
import { webLiveParty } from './web-live-party.js';

export type PartyFactory = (cloud: FakeCloud, id: string, userSig: string) => SimParty;

/**
 * The kinds of user the stage can hold: a calling user, or a live-room user who starts as an
 * anchor or in the audience (the role is what they do: createRoom or enterRoom), or a user of one
 * of Tencent's official call apps. Cards, charts, presets and replay are kind-agnostic. The fake
 * cloud's own adapter speaks structured messages; to meet a user of Tencent's official live app
 * (iOS or Android), add web live users: adapter-web on SDK doubles, speaking TUILiveRoom's IM
 * payloads as the official app does; likewise web calling users (av_call invitations) call and are
 * called by users of the official call apps.
 */
export const partyKinds: Readonly<Record<string, PartyFactory>> = {
  calling: callingParty,
  'web calling': webCallingParty,
  anchor: (cloud, id, userSig) => liveParty(cloud, id, userSig, 'anchor'),
  audience: (cloud, id, userSig) => liveParty(cloud, id, userSig, 'audience'),
  'web live': (cloud, id, userSig) => webLiveParty(cloud, id, userSig, 'web live'),
  'official app (iOS live)': (cloud, id) => officialLiveParty(cloud, id, 'iOS', 'official app (iOS live)'),
  'official app (Android live)': (cloud, id) =>
    officialLiveParty(cloud, id, 'Android', 'official app (Android live)'),
  // Tencent's official call apps, beside ours: their raw payloads show on the card and the timeline.
  'official-ios': (cloud, id) => officialParty(cloud, id, 'ios'),
  'official-android': (cloud, id) => officialParty(cloud, id, 'android'),
  'official-js': (cloud, id) => officialParty(cloud, id, 'js'),
};
