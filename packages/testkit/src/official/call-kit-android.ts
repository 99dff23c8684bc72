import { type KitCall, type KitReading, type OfficialCallKit, objectOf, parse } from './call-kit.js';

/**
 * TUICallKit Android, as Tencent-RTC/TUICallKit builds and reads its signals at commit
 * 16cdb73f2172d7334999a6fa4d4fafa40a3f0078:
 * - payloads: Gson of `SignallingData` (Android/Source/src/main/java/com/tencent/liteav/trtccalling/model/impl/base/SignallingData.java):
 *   fields in declaration order (version, businessID, platform, extInfo, data, call_type, room_id,
 *   call_end, switch_to_audio_call, line_busy; DataInfo: room_id, cmd, cmdInfo, message, userIDs),
 *   nulls left out, ints always written; `sendModel` in …/model/impl/TRTCCallingImpl.java fills it
 *   per action, and filters `call_end` out (addFilterKey) everywhere but busy (a plain Gson) and hang-up.
 * - readings: `convert2CallingData`, `isCallingData`, `isSwitchAudioData`, `isLineBusy`,
 *   `handleNewSignallingInvite` / `handleOldSignallingInvite` in TRTCCallingImpl.java.
 */
const ANDROID = {
  repo: 'Tencent-RTC/TUICallKit',
  path: 'Android/Source/src/main/java/com/tencent/liteav/trtccalling/model/impl/TRTCCallingImpl.java',
  commit: '16cdb73f2172d7334999a6fa4d4fafa40a3f0078',
} as const;

interface DataInfo {
  room_id?: number;
  cmd?: string;
  cmdInfo?: string;
  message?: string;
  userIDs?: readonly string[];
}

/** Gson of SignallingData; `undefined` = a null field, which Gson leaves out. */
function gson(
  fields: {
    data?: DataInfo;
    call_type: number;
    room_id: number;
    call_end?: number;
    switch_to_audio_call?: string;
    line_busy?: string;
  },
  filterCallEnd: boolean,
): string {
  const data =
    fields.data &&
    dropNulls({
      // DataInfo.room_id is an int: always written (0 when never set).
      room_id: fields.data.room_id ?? 0,
      cmd: fields.data.cmd,
      cmdInfo: fields.data.cmdInfo,
      message: fields.data.message,
      userIDs: fields.data.userIDs,
    });
  return JSON.stringify(
    dropNulls({
      version: 4,
      businessID: 'av_call',
      platform: 'Android',
      data,
      call_type: fields.call_type,
      room_id: fields.room_id,
      call_end: filterCallEnd ? undefined : (fields.call_end ?? 0),
      switch_to_audio_call: fields.switch_to_audio_call,
      line_busy: fields.line_busy,
    }),
  );
}

const dropNulls = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** convert2CallingData + isNewSignallingVersion: new when platform and businessID are non-empty strings. */
function convert(text: string) {
  const top = parse(text) ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  // Gson reads JSON numbers as Double; anything else is logged and left at 0.
  const num = (v: unknown) => (typeof v === 'number' ? Math.trunc(v) : 0);
  const data = objectOf(top.data);
  return {
    isNew: str(top.platform) !== '' && str(top.businessID) !== '',
    businessID: str(top.businessID),
    callType: num(top.call_type),
    roomId: num(top.room_id),
    callEnd: num(top.call_end),
    switchToAudioCall: str(top.switch_to_audio_call),
    lineBusy: str(top.line_busy),
    data: data && {
      cmd: str(data.cmd),
      roomId: num(data.room_id),
      message: typeof data.message === 'string' ? data.message : undefined,
    },
  };
}

type Signalling = ReturnType<typeof convert>;

const isCallingData = (s: Signalling) => (s.isNew ? s.businessID === 'av_call' : s.businessID === '');
const isSwitchAudioData = (s: Signalling) =>
  s.isNew ? s.data?.cmd === 'switchToAudio' : s.switchToAudioCall !== '';

const callCmd = (c: KitCall) => (c.callType === 1 ? 'audioCall' : 'videoCall');

export const androidCallKit: OfficialCallKit = {
  name: 'android',
  source: ANDROID,
  // VIDEO_CALL_ACTION_DIALING: userIDs only in 1:1 (C2C) invitations.
  invite: (c) =>
    gson(
      {
        data: { room_id: c.roomId, cmd: callCmd(c), ...(c.groupId ? {} : { userIDs: c.userIds }) },
        call_type: c.callType,
        room_id: c.roomId,
      },
      true,
    ),
  // ACCEPT / REJECT / SPONSOR_CANCEL: no DataInfo at all.
  accept: (c) => gson({ call_type: c.callType, room_id: c.roomId }, true),
  reject: (c) => gson({ call_type: c.callType, room_id: c.roomId }, true),
  cancel: (c) => gson({ call_type: c.callType, room_id: c.roomId }, true),
  // LINE_BUSY: `new Gson()` (call_end written), a fresh DataInfo with message lineBusy.
  busy: (c) =>
    gson(
      { data: { message: 'lineBusy' }, call_type: c.callType, room_id: c.roomId, line_busy: 'line_busy' },
      false,
    ),
  // HANGUP: call_end the duration (0 in group calls), not filtered.
  hangup: (c, durationSec) =>
    gson(
      {
        data: { cmd: 'hangup' },
        call_type: c.callType,
        room_id: c.roomId,
        call_end: c.groupId ? 0 : durationSec,
      },
      false,
    ),
  // VIDEO_CALL_SWITCH_TO_AUDIO_CALL: the legacy key holds "switchToAudio".
  switchToAudio: (c) =>
    gson(
      {
        data: { cmd: 'switchToAudio' },
        call_type: c.callType,
        room_id: c.roomId,
        switch_to_audio_call: 'switchToAudio',
      },
      true,
    ),
  // VIDEO_CALL_ACTION_ACCEPT_SWITCH_TO_AUDIO on the received switch's CallModel: handleNewSignallingInvite
  // sets callType only for audioCall / videoCall (so 0 here) and roomId from data.room_id.
  agreeSwitch: (_c, incoming) =>
    gson(
      {
        data: { cmd: 'switchToAudio' },
        call_type: 0,
        room_id: convert(incoming).data?.roomId ?? 0,
        switch_to_audio_call: 'switchToAudio',
      },
      true,
    ),
  // hangup() of a connected call only exits the room (singleHangup cancels the unanswered); the
  // remaining side's preExitRoom(leaveUser) sends the HANGUP.
  signalsHangup: false,
  // onInviteeAccepted only removes the invitee from mCurInvitedList: the other device rings on.
  followsOtherDevice: false,
  readInvitation: (data): KitReading => {
    const s = convert(data);
    if (!isCallingData(s)) return { kind: 'ignored', why: 'not the calling scene (isCallingData)' };
    if (!s.isNew) {
      if (s.callEnd !== 0) return { kind: 'hangup' };
      if (s.switchToAudioCall === 'switch_to_audio_call') return { kind: 'switchToAudio' };
      return { kind: 'call', roomId: s.roomId, callType: s.callType };
    }
    if (!s.data) return { kind: 'ignored', why: 'signallingData dataInfo is null' };
    const { cmd, roomId } = s.data;
    if (cmd === 'hangup') return { kind: 'hangup' };
    if (cmd === 'switchToAudio') return { kind: 'switchToAudio' };
    const callType = cmd === 'audioCall' ? 1 : cmd === 'videoCall' ? 2 : 0;
    return { kind: 'call', roomId, callType };
  },
  readAccepted: (data): KitReading => {
    const s = convert(data);
    if (!isCallingData(s)) return { kind: 'ignored', why: 'not the calling scene (isCallingData)' };
    return isSwitchAudioData(s) ? { kind: 'switchAccepted' } : { kind: 'accepted' };
  },
  readRejected: (data): KitReading => {
    const s = convert(data);
    if (!isCallingData(s)) return { kind: 'ignored', why: 'not the calling scene (isCallingData)' };
    if (isSwitchAudioData(s)) {
      const message = s.isNew ? (s.data?.message ?? '') : s.switchToAudioCall;
      return { kind: 'switchRejected', message };
    }
    const busy = s.isNew ? s.data?.message === 'lineBusy' : s.lineBusy === 'line_busy';
    return busy ? { kind: 'busy' } : { kind: 'rejected' };
  },
};
