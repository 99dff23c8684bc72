import { type KitReading, type OfficialCallKit, objectOf, parse } from './call-kit.js';

/**
 * TUICallKit iOS, as Tencent-RTC/TUICallKit builds and reads its signals at commit
 * 3ca38fda0de0d41df1cca1a1a1ef259e74418c70:
 * - payloads: `+packagingSignalingWithExtInfo:` in iOS/Source/Model/Impl/TRTCSignalFactory.m (keys in
 *   its dictionary literal's order, then the keys `-invite:action:` in
 *   iOS/Source/Model/Impl/TRTCCalling+Signal.m sets on it); names in iOS/Source/Model/Util/TUICallingConstants.m.
 *   NSJSONSerialization promises no key order: the order here is the source's, and every reader
 *   (theirs and ours) is order-blind.
 * - readings: `-check:`, `-onReceiveNewInvitation:`, `-onInviteeAccepted:`, `-onInviteeRejected:`
 *   in TRTCCalling+Signal.m, `+convertOldSignalingToNewSignaling:` in TRTCSignalFactory.m.
 */
const IOS = {
  repo: 'Tencent-RTC/TUICallKit',
  path: 'iOS/Source/Model/Impl/TRTCCalling+Signal.m',
  commit: '3ca38fda0de0d41df1cca1a1a1ef259e74418c70',
} as const;

/** TRTCSignalFactory +packagingSignalingWithExtInfo:roomID:cmd:cmdInfo:userIds:message:callType: (SIGNALING_VERSION 4, platform "iOS"). */
function packaging(
  roomId: number,
  cmd: string,
  cmdInfo: string,
  userIds: readonly string[],
  message: string,
  callType: number,
): Record<string, unknown> {
  return {
    version: 4,
    businessID: 'av_call',
    platform: 'iOS',
    extInfo: '',
    call_type: callType,
    data: { room_id: roomId, cmd, userIDs: userIds, cmdInfo, message },
  };
}

const json = (value: unknown): string => JSON.stringify(value);

/** `-check:`: av_call only, version <= 4, and hang-ups are never read ("only for showing the call's length"). */
function check(data: string): { top: Record<string, unknown>; data: Record<string, unknown> } | string {
  let top = parse(data);
  if (!top) return 'not a JSON object';
  if (top.platform === undefined || top.data === undefined) top = convertOld(top);
  if (top.businessID !== 'av_call') return 'businessID is not av_call';
  if (Number(top.version ?? 0) > 4) return 'version above 4';
  const inner = objectOf(top.data) ?? {};
  if (inner.cmd === 'hangup') return 'hang-up signals are not read (check: returns nil)';
  return { top, data: inner };
}

/** `+convertOldSignalingToNewSignaling:` for payloads without platform or data. */
function convertOld(old: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if ('switch_to_audio_call' in old) data.cmd = 'switchToAudio';
  else if ('call_end' in old) data.cmd = 'hangup';
  else if ('call_type' in old) {
    if (old.call_type === 2) data.cmd = 'videoCall';
    if (old.call_type === 1) data.cmd = 'audioCall';
  }
  const converted: Record<string, unknown> = { ...old };
  if (!('businessID' in old) && typeof data.cmd === 'string') converted.businessID = 'av_call';
  if ('line_busy' in old) data.message = 'lineBusy';
  if ('room_id' in old) data.room_id = Math.trunc(Number(old.room_id));
  converted.data = data;
  return converted;
}

/** NSString / NSNumber intValue: 0 for anything else. */
const intValue = (value: unknown): number => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : 0;
  return Number.isFinite(n) ? Math.trunc(n) : 0;
};

export const iosCallKit: OfficialCallKit = {
  name: 'ios',
  source: IOS,
  // CallAction_Call: packaging with the userIds, then room_id set on the top level.
  invite: (c) =>
    json({
      ...packaging(c.roomId, c.callType === 1 ? 'audioCall' : 'videoCall', '', c.userIds, '', c.callType),
      room_id: c.roomId,
    }),
  // CallAction_Accept / CallAction_Reject / CallAction_Cancel: the short packaging (userIds @[]).
  accept: (c) => json(packaging(c.roomId, '', '', [], '', c.callType)),
  reject: (c) => json(packaging(c.roomId, '', '', [], '', c.callType)),
  cancel: (c) => json(packaging(c.roomId, '', '', [], '', c.callType)),
  // CallAction_Linebusy: message lineBusy, then line_busy set to its own key name.
  busy: (c) => json({ ...packaging(c.roomId, '', '', [], 'lineBusy', c.callType), line_busy: 'line_busy' }),
  // CallAction_End: cmdInfo the duration ("0" in groups), call_end the same number.
  hangup: (c, durationSec) => {
    const seconds = c.groupId ? 0 : durationSec;
    return json({ ...packaging(c.roomId, 'hangup', String(seconds), [], '', c.callType), call_end: seconds });
  },
  // CallAction_SwitchToAudio.
  switchToAudio: (c) =>
    json({
      ...packaging(c.roomId, 'switchToAudio', '', [], '', c.callType),
      switch_to_audio_call: 'switch_to_audio_call',
    }),
  // handleCallModel CallAction_SwitchToAudio, checkAudioStatus == 0: roomID 0, CallType_Video, switch_to_audio_call @(1).
  agreeSwitch: () => json({ ...packaging(0, 'switchToAudio', '', [], '', 2), switch_to_audio_call: 1 }),
  // iOS ignores hang-up signals (check: returns nil) and leaves when the TRTC room empties.
  signalsHangup: false,
  // onInviteeAccepted / onInviteeRejected: !isProcessedBySelf && checkLoginUserIsEqualTo(invitee) -> exitRoom.
  followsOtherDevice: true,
  readInvitation: (data): KitReading => {
    const checked = check(data);
    if (typeof checked === 'string') return { kind: 'ignored', why: checked };
    const cmd = checked.data.cmd;
    if (cmd === 'switchToAudio') return { kind: 'switchToAudio' };
    // convertCmdToCallType: CallType_Unknown (0) for any other cmd.
    const callType = cmd === 'audioCall' ? 1 : cmd === 'videoCall' ? 2 : 0;
    return { kind: 'call', roomId: intValue(checked.data.room_id), callType };
  },
  readAccepted: (data): KitReading => {
    const checked = check(data);
    if (typeof checked === 'string') return { kind: 'ignored', why: checked };
    return checked.data.cmd === 'switchToAudio' ? { kind: 'switchAccepted' } : { kind: 'accepted' };
  },
  readRejected: (data): KitReading => {
    const checked = check(data);
    if (typeof checked === 'string') return { kind: 'ignored', why: checked };
    if (checked.data.message === 'lineBusy') return { kind: 'busy' };
    // The source maps a reject whose cmd is switchToAudio to CallAction_AcceptSwitchToAudio.
    if (checked.data.cmd === 'switchToAudio') return { kind: 'switchAccepted' };
    return { kind: 'rejected' };
  },
};
