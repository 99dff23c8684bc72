import { CallType } from '@trtc-smart/core';
import { OFFICIAL_ROOM, officialCallVectors } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import {
  decodeAvCall,
  encodeAnswer,
  encodeBusy,
  encodeCallInvite,
  encodeHangup,
  encodeSwitchToAudio,
} from '../../src/wire/av-call-v4.js';

const R = 129316570;

/** Golden vectors: each literal is what goes on the wire, and what it reads back as. */
describe('av_call v4 payloads, both ways', () => {
  const vectors = [
    {
      name: 'video invite',
      wire: '{"version":4,"businessID":"av_call","platform":"Web","call_type":2,"room_id":129316570,"data":{"cmd":"videoCall","room_id":129316570,"userIDs":["bob"],"cmdInfo":"","message":""}}',
      encode: () => encodeCallInvite({ callType: CallType.VIDEO, roomId: R, userIds: ['bob'] }),
      decoded: { command: 'call', callType: CallType.VIDEO, userIds: ['bob'], busy: false, durationSec: 0 },
    },
    {
      name: 'audio group invite',
      wire: '{"version":4,"businessID":"av_call","platform":"Web","call_type":1,"room_id":129316570,"data":{"cmd":"audioCall","room_id":129316570,"userIDs":["dave","erin"],"cmdInfo":"","message":""}}',
      encode: () => encodeCallInvite({ callType: CallType.AUDIO, roomId: R, userIds: ['dave', 'erin'] }),
      decoded: {
        command: 'call',
        callType: CallType.AUDIO,
        userIds: ['dave', 'erin'],
        busy: false,
        durationSec: 0,
      },
    },
    {
      name: 'accept / reject / cancel',
      wire: '{"version":4,"businessID":"av_call","platform":"Web","call_type":2,"room_id":129316570,"data":{"cmd":"","room_id":129316570,"cmdInfo":"","message":""}}',
      encode: () => encodeAnswer({ callType: CallType.VIDEO, roomId: R }),
      decoded: { command: 'none', callType: CallType.VIDEO, userIds: [], busy: false, durationSec: 0 },
    },
    {
      name: 'busy',
      wire: '{"version":4,"businessID":"av_call","platform":"Web","call_type":1,"room_id":129316570,"line_busy":"line_busy","data":{"cmd":"","room_id":129316570,"cmdInfo":"","message":"lineBusy"}}',
      encode: () => encodeBusy({ callType: CallType.AUDIO, roomId: R }),
      decoded: { command: 'none', callType: CallType.AUDIO, userIds: [], busy: true, durationSec: 0 },
    },
    {
      name: '1:1 hang-up with duration',
      wire: '{"version":4,"businessID":"av_call","platform":"Web","call_type":2,"room_id":129316570,"call_end":62,"data":{"cmd":"hangup","room_id":129316570,"cmdInfo":"","message":""}}',
      encode: () => encodeHangup({ callType: CallType.VIDEO, roomId: R, durationSec: 62 }),
      decoded: { command: 'hangup', callType: CallType.VIDEO, userIds: [], busy: false, durationSec: 62 },
    },
    {
      name: 'group hang-up',
      wire: '{"version":4,"businessID":"av_call","platform":"Web","call_type":2,"room_id":129316570,"call_end":0,"data":{"cmd":"hangup","room_id":129316570,"cmdInfo":"","message":""}}',
      encode: () => encodeHangup({ callType: CallType.VIDEO, roomId: R, durationSec: 0 }),
      decoded: { command: 'hangup', callType: CallType.VIDEO, userIds: [], busy: false, durationSec: 0 },
    },
    {
      name: 'switch to audio',
      wire: '{"version":4,"businessID":"av_call","platform":"Web","call_type":2,"room_id":129316570,"switch_to_audio_call":"switch_to_audio_call","data":{"cmd":"switchToAudio","room_id":129316570,"cmdInfo":"","message":""}}',
      encode: () => encodeSwitchToAudio({ callType: CallType.VIDEO, roomId: R }),
      decoded: {
        command: 'switchToAudio',
        callType: CallType.VIDEO,
        userIds: [],
        busy: false,
        durationSec: 0,
      },
    },
  ] as const;

  for (const v of vectors) {
    it(`${v.name}: encodes to the literal`, () => {
      expect(v.encode()).toBe(v.wire);
    });
    it(`${v.name}: decodes from the literal`, () => {
      expect(decodeAvCall(v.wire)).toEqual({ roomId: R, strRoomId: undefined, ...v.decoded });
    });
  }
});

describe('av_call payloads from other engines', () => {
  it("reads the phone's payload: audio call, room 129316570, userIDs [103], and no hang-up", () => {
    const phone =
      '{"businessID":"av_call","call_end":0,"call_type":1,"data":{"cmd":"audioCall","excludeFromHistoryMessage":true,"inviter":"102","message":"","room_id":129316570,"str_room_id":"","userIDs":["103"]},"platform":"GLK-AL00","room_id":129316570,"userData":"","version":4}';
    expect(decodeAvCall(phone)).toEqual({
      command: 'call',
      roomId: 129316570,
      strRoomId: undefined,
      callType: CallType.AUDIO,
      userIds: ['103'],
      busy: false,
      durationSec: 0,
    });
  });

  it('reads a newer engine with extra fields: a non-empty str_room_id is a string room, not a number', () => {
    const newer =
      '{"version":4,"businessID":"av_call","platform":"iOS","call_type":2,"room_id":0,"userData":"x","data":{"cmd":"videoCall","room_id":0,"str_room_id":"88","inviter":"ann","inCallUserIDs":["ann"],"userIDs":["bob","cid"],"cmdInfo":"","message":"","future":{"a":1}}}';
    expect(decodeAvCall(newer)).toEqual({
      command: 'call',
      roomId: undefined,
      strRoomId: '88',
      callType: CallType.VIDEO,
      userIds: ['bob', 'cid'],
      busy: false,
      durationSec: 0,
    });
  });

  it('reads legacy v1: invite, busy and hang-up with call_end', () => {
    expect(decodeAvCall('{"version":1,"call_type":2,"room_id":4242}')).toEqual({
      command: 'call',
      roomId: 4242,
      strRoomId: undefined,
      callType: CallType.VIDEO,
      userIds: [],
      busy: false,
      durationSec: 0,
    });
    expect(decodeAvCall('{"version":1,"call_type":1,"room_id":4242,"line_busy":""}')).toMatchObject({
      command: 'none',
      busy: true,
      callType: CallType.AUDIO,
    });
    expect(decodeAvCall('{"version":1,"call_type":1,"room_id":4242,"call_end":17}')).toMatchObject({
      command: 'hangup',
      durationSec: 17,
    });
  });

  it('reads busy from a cmd of lineBusy, as some engines send it', () => {
    const text =
      '{"version":4,"businessID":"av_call","platform":"Android","call_type":2,"room_id":7,"data":{"cmd":"lineBusy","room_id":7,"message":""}}';
    expect(decodeAvCall(text)?.busy).toBe(true);
  });

  it('reads the legacy switch_to_audio_call key whatever its value', () => {
    const text =
      '{"version":4,"businessID":"av_call","platform":"Android","call_type":2,"room_id":7,"switch_to_audio_call":"1","data":{"room_id":7}}';
    expect(decodeAvCall(text)?.command).toBe('switchToAudio');
  });

  it('reads a version above 4 when the fields it needs are there', () => {
    const text =
      '{"version":5,"businessID":"av_call","platform":"Android","call_type":2,"room_id":7,"data":{"cmd":"videoCall","room_id":7}}';
    expect(decodeAvCall(text)).toMatchObject({ command: 'call', roomId: 7, callType: CallType.VIDEO });
  });

  it('reads a switchToVideo request (the JS engine asks it in audio calls)', () => {
    expect(decodeAvCall(officialCallVectors.js.switchToVideo)).toMatchObject({
      command: 'switchToVideo',
      roomId: OFFICIAL_ROOM,
      callType: CallType.AUDIO,
    });
  });

  it('drops what is not ours: another businessID, a legacy payload without call type, bad JSON', () => {
    for (const text of [
      '{"version":4,"businessID":"Live","platform":"Web","data":{"cmd":"requestJoinAnchor","roomId":"1"}}',
      '{"version":1,"room_id":7}',
      'not json',
      '[1,2]',
    ]) {
      expect(decodeAvCall(text), text).toBeUndefined();
    }
  });

  it('reads no room where there is none or it is out of range', () => {
    for (const text of [
      '{"version":4,"businessID":"av_call","call_type":2,"data":{"cmd":"videoCall"}}',
      '{"version":4,"businessID":"av_call","call_type":2,"room_id":4294967295,"data":{"cmd":"videoCall"}}',
    ]) {
      expect(decodeAvCall(text)?.roomId, text).toBeUndefined();
    }
  });
});

/** The official kits' own payloads (hand-transcribed vectors, each from its source: see @trtc-smart/testkit's call-vectors.ts). */
describe('av_call payloads of the official kits', () => {
  const R = OFFICIAL_ROOM;
  for (const kit of ['ios', 'android', 'js'] as const) {
    const v = officialCallVectors[kit];
    it(`${kit}: invite, busy, hang-up and switch read as they mean`, () => {
      expect(decodeAvCall(v.invite)).toMatchObject({ command: 'call', callType: CallType.VIDEO, roomId: R });
      // Busy whatever the room fields: the JS engine's has neither room nor call type.
      expect(decodeAvCall(v.busy)?.busy).toBe(true);
      expect(decodeAvCall(v.hangup)).toMatchObject({ command: 'hangup', durationSec: 62 });
      expect(decodeAvCall(v.switchToAudio)?.command).toBe('switchToAudio');
      expect(decodeAvCall(v.accept)?.busy).toBe(false);
    });
  }

  it("the JS engine's hang-up and busy name no room", () => {
    expect(decodeAvCall(officialCallVectors.js.hangup)?.roomId).toBeUndefined();
    expect(decodeAvCall(officialCallVectors.js.busy)).toMatchObject({
      roomId: undefined,
      callType: undefined,
    });
  });
});
