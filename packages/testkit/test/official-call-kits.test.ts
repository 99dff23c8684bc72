import { describe, expect, it } from 'vitest';
import { jsCallEngine } from '../src/official/call-kit-js.js';
import { officialCallKits } from '../src/official/call-peer.js';
import { OFFICIAL_ROOM, officialCallVectors } from '../src/official/call-vectors.js';

const video = { roomId: OFFICIAL_ROOM, callType: 2, userIds: ['bob'], groupId: '' } as const;
const audio = { ...video, callType: 1 } as const;

/** The scripted peers send byte for byte what the kits' sources build (the vectors are hand-transcribed). */
describe('official call kits: payloads as their sources build them', () => {
  for (const name of ['ios', 'android', 'js'] as const) {
    const kit = officialCallKits[name];
    const v = officialCallVectors[name];
    it(`${name}: invite, accept, busy, hang-up, switch to audio and its agreement`, () => {
      expect(kit.invite(video)).toBe(v.invite);
      expect(kit.accept(video)).toBe(v.accept);
      expect(kit.busy(audio, kit.invite(audio))).toBe(v.busy);
      expect(kit.hangup(video, 62)).toBe(v.hangup);
      expect(kit.switchToAudio(video)).toBe(v.switchToAudio);
      // Agreeing to a switch request whose data.room_id is the room (as iOS sends it).
      expect(kit.agreeSwitch(video, officialCallVectors.ios.switchToAudio)).toBe(v.agreeSwitch);
    });
  }

  it('js: switchToVideo in an audio call', () => {
    expect(jsCallEngine.switchToVideo(audio)).toBe(officialCallVectors.js.switchToVideo);
  });

  it("each kit reads the other kits' payloads as its source does", () => {
    const { ios, android, js } = officialCallKits;
    // iOS drops hang-ups (check: returns nil); the JS engine's hang-up has no room.
    expect(ios.readInvitation(officialCallVectors.js.hangup)).toMatchObject({ kind: 'ignored' });
    expect(android.readInvitation(officialCallVectors.js.hangup)).toEqual({ kind: 'hangup' });
    // Busy from the JS engine carries only line_busy and data.message.
    expect(ios.readRejected(officialCallVectors.js.busy)).toEqual({ kind: 'busy' });
    expect(android.readRejected(officialCallVectors.js.busy)).toEqual({ kind: 'busy' });
    // Agreement to switch is read from data.cmd.
    expect(js.readAccepted(officialCallVectors.ios.agreeSwitch)).toEqual({ kind: 'switchAccepted' });
    expect(android.readAccepted(officialCallVectors.ios.agreeSwitch)).toEqual({ kind: 'switchAccepted' });
    expect(ios.readAccepted(officialCallVectors.android.agreeSwitch)).toEqual({ kind: 'switchAccepted' });
    expect(ios.readInvitation(officialCallVectors.android.invite)).toEqual({
      kind: 'call',
      roomId: OFFICIAL_ROOM,
      callType: 2,
    });
  });
});
