/**
 * Golden vectors: what each official kit puts in an invitation's `data`, transcribed by hand from
 * its source (never produced by an encoder), for one call: room 804544637 (the room in the
 * example push payload of iOS TRTCCalling+Signal.m), callee "bob", video unless noted, 62 s long.
 * - iOS: Tencent-RTC/TUICallKit iOS/Source/Model/Impl/TRTCSignalFactory.m and
 *   iOS/Source/Model/Impl/TRTCCalling+Signal.m (-invite:action:model:cmdInfo:userIds:, and
 *   -handleCallModel: CallAction_SwitchToAudio) @ 3ca38fda0de0d41df1cca1a1a1ef259e74418c70.
 * - Android: Tencent-RTC/TUICallKit Android/Source/src/main/java/com/tencent/liteav/trtccalling/model/impl/TRTCCallingImpl.java
 *   (sendModel) with …/impl/base/SignallingData.java (Gson field order) @ 16cdb73f2172d7334999a6fa4d4fafa40a3f0078.
 * - JS: Tencent-RTC/TUICallKit MiniProgram/TUICallEngine/tuicall-engine-wx.js (handleNewSignaling and
 *   the TSignaling client's methods) @ 95018a5101c722b47858174ef1d8955f53d02ebc.
 */
export const OFFICIAL_ROOM = 804544637;

/** Payloads taken from Tencent's call kit sources, for wire tests. */
export const officialCallVectors = {
  ios: {
    invite:
      '{"version":4,"businessID":"av_call","platform":"iOS","extInfo":"","call_type":2,"data":{"room_id":804544637,"cmd":"videoCall","userIDs":["bob"],"cmdInfo":"","message":""},"room_id":804544637}',
    accept:
      '{"version":4,"businessID":"av_call","platform":"iOS","extInfo":"","call_type":2,"data":{"room_id":804544637,"cmd":"","userIDs":[],"cmdInfo":"","message":""}}',
    /** An audio call's busy answer. */
    busy: '{"version":4,"businessID":"av_call","platform":"iOS","extInfo":"","call_type":1,"data":{"room_id":804544637,"cmd":"","userIDs":[],"cmdInfo":"","message":"lineBusy"},"line_busy":"line_busy"}',
    hangup:
      '{"version":4,"businessID":"av_call","platform":"iOS","extInfo":"","call_type":2,"data":{"room_id":804544637,"cmd":"hangup","userIDs":[],"cmdInfo":"62","message":""},"call_end":62}',
    switchToAudio:
      '{"version":4,"businessID":"av_call","platform":"iOS","extInfo":"","call_type":2,"data":{"room_id":804544637,"cmd":"switchToAudio","userIDs":[],"cmdInfo":"","message":""},"switch_to_audio_call":"switch_to_audio_call"}',
    agreeSwitch:
      '{"version":4,"businessID":"av_call","platform":"iOS","extInfo":"","call_type":2,"data":{"room_id":0,"cmd":"switchToAudio","userIDs":[],"cmdInfo":"","message":""},"switch_to_audio_call":1}',
  },
  android: {
    invite:
      '{"version":4,"businessID":"av_call","platform":"Android","data":{"room_id":804544637,"cmd":"videoCall","userIDs":["bob"]},"call_type":2,"room_id":804544637}',
    accept: '{"version":4,"businessID":"av_call","platform":"Android","call_type":2,"room_id":804544637}',
    busy: '{"version":4,"businessID":"av_call","platform":"Android","data":{"room_id":0,"message":"lineBusy"},"call_type":1,"room_id":804544637,"call_end":0,"line_busy":"line_busy"}',
    hangup:
      '{"version":4,"businessID":"av_call","platform":"Android","data":{"room_id":0,"cmd":"hangup"},"call_type":2,"room_id":804544637,"call_end":62}',
    switchToAudio:
      '{"version":4,"businessID":"av_call","platform":"Android","data":{"room_id":0,"cmd":"switchToAudio"},"call_type":2,"room_id":804544637,"switch_to_audio_call":"switchToAudio"}',
    /** Its agreement to a switch whose data.room_id is 804544637 (the switch's CallModel has callType 0). */
    agreeSwitch:
      '{"version":4,"businessID":"av_call","platform":"Android","data":{"room_id":0,"cmd":"switchToAudio"},"call_type":0,"room_id":804544637,"switch_to_audio_call":"switchToAudio"}',
  },
  js: {
    invite:
      '{"extraInfo":"","version":4,"call_type":2,"room_id":804544637,"businessID":"av_call","platform":"MiniApp","data":{"cmd":"videoCall","room_id":804544637,"message":""}}',
    accept:
      '{"extraInfo":"","version":4,"call_type":2,"businessID":"av_call","platform":"MiniApp","data":{"cmd":"videoCall","message":""}}',
    /** No room and no call type: `type: n.call_type` reads a string's property. */
    busy: '{"extraInfo":"","version":4,"line_busy":"line_busy","businessID":"av_call","platform":"MiniApp","data":{"message":"lineBusy"}}',
    /** No room id at all. */
    hangup:
      '{"extraInfo":"","version":4,"call_type":2,"call_end":62,"businessID":"av_call","platform":"MiniApp","data":{"cmd":"hangup","message":""}}',
    switchToAudio:
      '{"extraInfo":"","version":4,"call_type":2,"room_id":804544637,"switch_to_audio_call":"switch_to_audio_call","businessID":"av_call","platform":"MiniApp","data":{"cmd":"switchToAudio","room_id":804544637,"message":""}}',
    /** switchVideoCall in an audio call. */
    switchToVideo:
      '{"extraInfo":"","version":4,"call_type":1,"room_id":804544637,"businessID":"av_call","platform":"MiniApp","data":{"cmd":"switchToVideo","room_id":804544637,"message":""}}',
    agreeSwitch:
      '{"extraInfo":"","version":4,"call_type":2,"switch_to_audio_call":"switch_to_audio_call","businessID":"av_call","platform":"MiniApp","data":{"cmd":"switchToAudio","message":""}}',
  },
} as const;
