import { type KitReading, type OfficialCallKit, objectOf, parse } from './call-kit.js';

/**
 * The mini-program JS call engine, as Tencent-RTC/TUICallKit builds and reads its signals in
 * MiniProgram/TUICallEngine/tuicall-engine-wx.js at commit 95018a5101c722b47858174ef1d8955f53d02ebc
 * (its last version; minified, so names below are the source's own minified ones):
 * - payloads: the TSignaling client's `handleNewSignaling(t, e)`, `_handleInviteData`,
 *   `_handleInviteGroupData`, `accept`, `reject`, `cancel`, `hangup`;
 * - readings: `handleNewInvitationReceived`, `judgeSwitchCallMode`, `handleInviteeAccepted`,
 *   `handleInviteeRejected`.
 */
const JS = {
  repo: 'Tencent-RTC/TUICallKit',
  path: 'MiniProgram/TUICallEngine/tuicall-engine-wx.js',
  commit: '95018a5101c722b47858174ef1d8955f53d02ebc',
} as const;

/** `I = ["", "audioCall", "videoCall"]`. */
const I: readonly (string | undefined)[] = ['', 'audioCall', 'videoCall'];

/**
 * `handleNewSignaling(t, e)`: `{extraInfo:"", ...t, version:4, businessID:"av_call",
 * platform:"MiniApp", data:{cmd:I[t.call_type], room_id:t.room_id, message:"", ...e}}`, then
 * JSON.stringify (which drops undefined, so a hang-up has no room and `t.version` keeps its place).
 */
function handleNewSignaling(t: Record<string, unknown>, e?: Record<string, unknown>): string {
  const type = t.call_type;
  return JSON.stringify({
    extraInfo: '',
    ...t,
    version: 4,
    businessID: 'av_call',
    platform: 'MiniApp',
    data: { cmd: typeof type === 'number' ? I[type] : undefined, room_id: t.room_id, message: '', ...e },
  });
}

/** `judgeSwitchCallMode(t)`. */
function judgeSwitchCallMode(t: Record<string, unknown>): boolean {
  const data = objectOf(t.data);
  return (
    t.switch_to_audio_call === 'switch_to_audio_call' ||
    data?.cmd === 'switchToAudio' ||
    data?.cmd === 'switchToVideo'
  );
}

export const jsCallEngine: OfficialCallKit & {
  /** `switchVideoCall`: the engine asks to turn an audio call into a video call. */
  switchToVideo(call: { readonly roomId: number; readonly callType: number }): string;
} = {
  name: 'js',
  source: JS,
  // `call()` -> invite({roomID, ...t}) -> `_handleInviteData`: userIDList is not given in a 1:1 call;
  // group calls use `_handleInviteGroupData` (no userIDs).
  invite: (c) =>
    c.groupId
      ? handleNewSignaling({ version: 0, call_type: c.callType, room_id: c.roomId })
      : handleNewSignaling({ version: 0, call_type: c.callType, room_id: c.roomId }, { userIDs: undefined }),
  // `handleAccept` -> accept({inviteID, type}): no room.
  accept: (c) => handleNewSignaling({ version: 0, call_type: c.callType }),
  reject: (c) => handleNewSignaling({ version: 0, call_type: c.callType }),
  // Busy is sent from handleNewInvitationReceived with `type: n.call_type`, where `n` is the
  // invitation's data *string*: call_type is undefined, so there is neither call type nor cmd.
  busy: () =>
    handleNewSignaling({ version: 0, call_type: undefined, line_busy: 'line_busy' }, { message: 'lineBusy' }),
  cancel: (c) => handleNewSignaling({ version: 0, call_type: c.callType }),
  // `hangup(t)`: {version:0, call_type, call_end} with cmd hangup: no room id at all.
  hangup: (c, durationSec) =>
    handleNewSignaling({ version: 0, call_type: c.callType, call_end: durationSec }, { cmd: 'hangup' }),
  // `_handleInviteData` with switchMode "audio".
  switchToAudio: (c) =>
    handleNewSignaling(
      { version: 0, call_type: c.callType, room_id: c.roomId, switch_to_audio_call: 'switch_to_audio_call' },
      { cmd: 'switchToAudio' },
    ),
  // `_handleInviteData` with switchMode "video".
  switchToVideo: (c) =>
    handleNewSignaling({ version: 0, call_type: c.callType, room_id: c.roomId }, { cmd: 'switchToVideo' }),
  // `handleSwitchCallModeTSignaling(t, e)`: accept({inviteID, type:e.call_type, switch_to_audio_call}, {cmd}).
  agreeSwitch: (_c, incoming) => {
    const e = parse(incoming) ?? {};
    const video = e.call_type === 2;
    return handleNewSignaling(
      {
        version: 0,
        call_type: e.call_type,
        ...(video ? { switch_to_audio_call: 'switch_to_audio_call' } : {}),
      },
      { cmd: video ? 'switchToAudio' : 'switchToVideo' },
    );
  },
  signalsHangup: true,
  // handleInviteeAccepted / handleInviteeRejected: invitee is this user while CALLING -> onCancel.
  followsOtherDevice: true,
  readInvitation: (data): KitReading => {
    const l = parse(data);
    if (!l) return { kind: 'ignored', why: 'JSON.parse fails' };
    if (objectOf(l.data)?.cmd === 'hangup') return { kind: 'hangup' };
    if (judgeSwitchCallMode(l))
      return objectOf(l.data)?.cmd === 'switchToVideo'
        ? { kind: 'switchToVideo' }
        : { kind: 'switchToAudio' };
    // handleInvitedSignal: the room and type from the top level (o.room_id, o.call_type).
    return { kind: 'call', roomId: Number(l.room_id ?? 0), callType: Number(l.call_type ?? 0) };
  },
  readAccepted: (data): KitReading => {
    const e = parse(data);
    if (!e) return { kind: 'ignored', why: 'JSON.parse fails' };
    return judgeSwitchCallMode(e) ? { kind: 'switchAccepted' } : { kind: 'accepted' };
  },
  readRejected: (data): KitReading => {
    const o = parse(data);
    if (!o) return { kind: 'ignored', why: 'JSON.parse fails' };
    const busy =
      o.line_busy === 'line_busy' || o.line_busy === '' || objectOf(o.data)?.message === 'lineBusy';
    return busy ? { kind: 'busy' } : { kind: 'rejected' };
  },
};
