import { CallType } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { encodeDeclineSwitchToVideo } from '../../src/wire/av-call-v4.js';
import { offlinePushParams } from '../../src/wire/offline-push.js';

const push = {
  title: 'alice',
  description: 'You have a call invitation.',
  iosSound: 'phone_ringing.mp3',
  androidSound: '',
};

/**
 * The ext entity as TUICallKit iOS builds it in getOfflinePushInfoWithInviteeList
 * (Tencent-RTC/TUICallKit iOS/Source/Model/Impl/TRTCCalling+Signal.m @ 3ca38fda0de0d41df1cca1a1a1ef259e74418c70):
 * entity {action: APNs_Business_Call 2, chatType 1 (C2C) / 2 (group), content: JSON of {action:
 * SignalingActionType_Invite 1, call_id, call_type, invited_list, room_id, group_id, timeout 30,
 * version 4}, sendTime, sender, version: APNs_Version 1}; iOSSound "phone_ringing.mp3",
 * desc "You have a call invitation." (en.lproj Demo.TRTC.calling.callingrequest).
 */
describe('offline push of an invitation', () => {
  it('1:1: the iOS ext entity, title, description and sounds', () => {
    const params = offlinePushParams({
      inviter: 'alice',
      callType: CallType.VIDEO,
      roomId: 804544637,
      invitees: ['bob'],
      groupId: undefined,
      timeoutSec: 30,
      sendTimeSec: 1595234231,
      push,
    });
    expect(params).toEqual({
      title: 'alice',
      description: 'You have a call invitation.',
      extension:
        '{"entity":{"action":2,"chatType":1,"content":"{\\"action\\":1,\\"call_id\\":\\"\\",\\"call_type\\":2,\\"invited_list\\":[\\"bob\\"],\\"room_id\\":804544637,\\"group_id\\":\\"\\",\\"timeout\\":30,\\"version\\":4}","sendTime":1595234231,"sender":"alice","version":1}}',
      apnsInfo: { sound: 'phone_ringing.mp3' },
      androidInfo: { sound: '', OPPOChannelID: 'tuikit' },
    });
  });

  it('group: chatType 2 and the group id', () => {
    const params = offlinePushParams({
      inviter: 'alice',
      callType: CallType.AUDIO,
      roomId: 7,
      invitees: ['bob', 'carol'],
      groupId: '@TGS#1PWYXLTGA',
      timeoutSec: 30,
      sendTimeSec: 1,
      push,
    });
    const entity = JSON.parse(params.extension).entity;
    expect(entity.chatType).toBe(2);
    expect(JSON.parse(entity.content)).toEqual({
      action: 1,
      call_id: '',
      call_type: 1,
      invited_list: ['bob', 'carol'],
      room_id: 7,
      group_id: '@TGS#1PWYXLTGA',
      timeout: 30,
      version: 4,
    });
  });
});

describe('declining a switch to video', () => {
  it('rejects with the cmd kept and the reason in message (as Android rejects a switch)', () => {
    expect(encodeDeclineSwitchToVideo({ roomId: 7, callType: CallType.AUDIO }, 'no')).toBe(
      '{"version":4,"businessID":"av_call","platform":"Web","call_type":1,"room_id":7,"data":{"cmd":"switchToVideo","room_id":7,"cmdInfo":"","message":"no"}}',
    );
  });
});
