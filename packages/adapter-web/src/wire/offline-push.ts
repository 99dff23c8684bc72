import type { CallType, OfflinePushInfo } from '@trtc-smart/core';
import { wireCallType } from './av-call-v4.js';

/**
 * The offline push every call invite carries, so an offline phone rings: chat's offlinePushInfo
 * with the `ext` entity TUICallKit iOS builds (getOfflinePushInfoWithInviteeList in
 * Tencent-RTC/TUICallKit iOS/Source/Model/Impl/TRTCCalling+Signal.m @ 3ca38fda), key order as there.
 * `call_id` is "" as iOS sends it for 1:1 calls: the inviteID exists only once the invite is sent.
 */
export function offlinePushParams(call: {
  readonly inviter: string;
  readonly callType: CallType;
  readonly roomId: number;
  readonly invitees: readonly string[];
  readonly groupId: string | undefined;
  readonly timeoutSec: number;
  readonly sendTimeSec: number;
  readonly push: OfflinePushInfo;
}) {
  const { push } = call;
  const content = JSON.stringify({
    action: 1,
    call_id: '',
    call_type: wireCallType(call.callType),
    invited_list: call.invitees,
    room_id: call.roomId,
    group_id: call.groupId ?? '',
    timeout: call.timeoutSec,
    version: 4,
  });
  const entity = {
    action: 2,
    chatType: call.groupId === undefined ? 1 : 2,
    content,
    sendTime: call.sendTimeSec,
    sender: call.inviter,
    version: 1,
  };
  return {
    title: push.title,
    description: push.description,
    extension: JSON.stringify({ entity }),
    apnsInfo: { sound: push.iosSound },
    androidInfo: { sound: push.androidSound, OPPOChannelID: 'tuikit' },
  };
}
