import type { OpenFinding } from '../../../testkit/test/fuzz/finding-match.js';

/**
 * Interop findings (adapter-web users with an official app's user among them) that are reported
 * and not fixed yet, as testkit's open-findings.ts: a world whose only violations are these is
 * counted and printed instead of failing. Delete an entry when its fix lands.
 */
export const interopFindings: readonly OpenFinding[] = [
  {
    // Not diagnosed in time: what is left of finding a after its fix in core's calling (b495ce0;
    // its minimal world holds, interop-known-worlds.test.ts). The official app, having accepted
    // one of our calls, is in the call alone when quiet: our caller's side ended meanwhile (a
    // cancel, logout or fault crossing the accept) and nothing tells the app. 2 in 1,000
    // interop call worlds at FUZZ_SEED=20261204 (run packages/adapter-web/test/fuzz/
    // interop-calling.fuzz.test.ts with this entry deleted: the first such world fails and
    // prints its replay command).
    id: 'interop calls: the official app sits alone in a call of ours it accepted',
    pattern: /^when quiet: (ios|android|js):\w+ \(callee\) is inCall alone in room \d+$/,
  },
  {
    // Found by the soak (FUZZ_N=100000, interop call world 1665 at FUZZ_SEED=20261204); narrowed:
    // the iOS app calls bob, who accepts under 2 % loss and whose TRTC entry is lost. iOS reads no
    // hang-up and ends a call only when the other user leaves its TRTC room (TRTCCalling.m at
    // 3ca38fda). A hang-up while the entry is under way is fixed (core's acceptCallLogic enters once
    // more for the exit; interop-known-worlds.test.ts). Still open: the failed entry itself ends
    // bob's call (an error, no hang-up), so he never enters and the app sits alone until its user
    // hangs up; entering again there too breaks regressions/call-reenter-after-failed-entry.test.ts's
    // premise. 1 in 3,000 interop call worlds: run packages/adapter-web/test/fuzz/
    // interop-calling.fuzz.test.ts with FUZZ_INTEROP_N=3000 and this entry deleted.
    id: "interop calls: the iOS app sits alone in its call when our callee's room entry failed after its accept",
    pattern: /^when quiet: ios:\w+ \(caller\) is inCall alone in room \d+$/,
    faults: ['loss', 'partition', 'offline', 'cut', 'blip', 'sleep'],
    kits: ['ios'],
  },
  {
    // Findings c and d (adapter-web live rooms), what is left after their fix (an owner's lost
    // dismissal is owed with her logout, owed-logout.ts): an adapter-web owner whose IM session ends
    // without her (a kick, an expired userSig) cannot dismiss her room's group, and real IM keeps
    // an ownerless group for good: the room stays listed (getRoomInfos) and its audience watches
    // it. The fake cloud's dead-room dismissal covers only its own adapter's rooms. Only with those
    // faults (25 in 1,000 interop live worlds, 68 in 3,000). FUZZ_SEED=20261204: run packages/adapter-web/test/fuzz/interop-live.fuzz.test.ts
    // with the entry deleted: the first such world fails and prints its replay command.
    id: 'interop live: an adapter-web owner who drops out of her room leaves it listed and watched',
    pattern:
      /^at the end: room \d+ \(owner \w+\) is still listed$|^when quiet: \w+ is watching in room \d+, whose owner \w+ is (loggedOut|outside)$/,

    faults: ['kick', 'sigExpiry'],
  },
  {
    // Finding e and its kin, what is left after the fixes (an entry whose IM undo was lost is
    // left again, live-room-actors.ts): only multi-terminal users, one of whose devices is in a room
    // while IM no longer has the user in its group. IM holds AVChatRoom membership (one room per
    // user) and ownership per user, not per device, and the web SDKs tell one device nothing of
    // another's: bob#2 watches carol's room while bob creates his own, so IM takes bob out of
    // carol's group and bob#2 hears no tip (his own quit); or a second device creates the same
    // room (IM 10025 / 10013, which read as this device's own earlier creation), TRTC puts the
    // first device out, which reads as a lost link, and its leave dismisses the group the second
    // now holds. Undecidable from the web SDKs' signals (the fake cloud's own adapter refuses the
    // second creation: live-groups.ts, the holder rule). 28 in 1,000 interop live worlds at
    // FUZZ_SEED=20261204. Replay: FUZZ_SEED=20261204 FUZZ_PATH=79:0:0:0:5:5:5:7:7:7:7:12:12:12:12:12:10:13:11:11
    // pnpm vitest run packages/adapter-web/test/fuzz/interop-live.fuzz.test.ts (with the entry deleted)
    id: "interop live: an adapter-web user's IM group membership disagrees with her room",
    pattern: /^when quiet: \w+ is not in room \d+'s group$/,
    multiTerminal: true,
  },
  {
    // The official TRTCLiveRoom apps themselves, as tencentyun/TUILiveRoom at 1697d86e behaves
    // (live-peer.ts): the kits reset their room state before IM answers and never retry, so a
    // dismissGroup / quitGroup lost to loss or a partition leaves the app's room listed or the app
    // in its group; and an audience that misses a dismissal or a kick-out while its link is down
    // (AVChatRoom notices are not stored) believes it is still in the room. Only with link faults.
    // 40 in 1,000 interop live worlds at FUZZ_SEED=20261204; replay as above.
    id: "interop live: the official app's room state goes stale when IM calls or notices are lost",
    pattern:
      /the official app's \w+ (is in room|watches room)|\(owner \w+, the official app\) is still listed|whose owner \(the official app\) left it/,
    faults: [
      'loss',
      'partition',
      'offline',
      'cut',
      'blip',
      'sleep',
      'kick',
      'sigExpiry',
      'duplicate',
      'latency',
    ],
  },
  {
    // A member of one of our rooms sees another status or other anchors than its owner announced,
    // or never heard onAnchorEnter for it (fixed: an announcement whose answer was lost,
    // announcement-resent.test.ts). What is left (1 in 1,000 interop live worlds at
    // FUZZ_SEED=20261204, none without multi-terminal users in 3,000): a multi-terminal owner's two
    // devices both create the room; the second resumes it (IM 10025) and both announce, which no
    // device can tell from its own earlier creation (see the membership entry above). Replay as above.
    id: 'interop live: a member of our room disagrees with what its owner announced',
    pattern: /its owner announced|never heard onAnchorEnter for its publishing owner/,
    multiTerminal: true,
  },
];
