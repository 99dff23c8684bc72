/**
 * TRTCLiveRoom's IM payloads byte for byte as Tencent's kits build them, transcribed by hand from
 * tencentyun/TUILiveRoom at 1697d86e4b9c754915ac0227385233f96d131bda (the last kit on this protocol
 * before TUILiveKit; Android since 927d413, 2021-08, iOS since b698a68, 2021-09). Never produced by
 * our own encoders: tests hold the adapters against these.
 *
 * Android: Android/tuiliveroom/src/main/java/com/tencent/liteav/liveroom/model/impl/room/impl/
 *   TXRoomService.java, IMProtocol.java, SignallingData.java (Gson; org.json keeps insertion order).
 * iOS: iOS/Source/model/Impl/IM/TRTCLiveRoomIMAction.m (NSJSONSerialization of NSDictionary
 *   literals: a dictionary has no key order, so the literal's order is shown; pretty-printed ones
 *   indent by two spaces and write " : ").
 */
export const TUILIVEROOM_REPO = 'tencentyun/TUILiveRoom';
/** The tencentyun/TUILiveRoom commit the live wire formats are transcribed from. */
export const TUILIVEROOM_COMMIT = '1697d86e4b9c754915ac0227385233f96d131bda';

/** Which official TUILiveRoom app a peer speaks as. */
export type OfficialLivePlatform = 'iOS' | 'Android';

/** The `cmd`s of the invitations (IMProtocol.SignallingDefine; TRTCLiveRoomIMAction.m Signal_*). */
export type OfficialLiveCmd = 'requestJoinAnchor' | 'kickoutJoinAnchor' | 'requestRoomPK' | 'quitRoomPK';

const q = (value: string) => JSON.stringify(value);

/**
 * Android TXRoomService.createSignallingData(cmd): Gson over SignallingData {version: 1,
 * businessID: "Live", platform: "Android", extInfo: null (Gson leaves it out), data {roomId, cmd}},
 * roomId being the sender's own room (mRoomId, a String). Every Android invite, accept, reject and
 * cancel carries this one shape.
 */
export const androidInvitation = (cmd: OfficialLiveCmd, ownRoomId: string): string =>
  `{"version":1,"businessID":"Live","platform":"Android","data":{"roomId":${q(ownRoomId)},"cmd":${q(cmd)}}}`;

/**
 * iOS covertCmdMessage(data) = @{@"version": @(1), @"data": data, businessID: @"Live",
 * platform: @"iOS"}, written with NSJSONWritingPrettyPrinted.
 */
function iosInvitation(data: readonly (readonly [string, string])[]): string {
  const fields = data.map(([key, value]) => `    ${q(key)} : ${q(value)}`).join(',\n');
  return `{\n  "version" : 1,\n  "data" : {\n${fields}\n  },\n  "businessID" : "Live",\n  "platform" : "iOS"\n}`;
}

/** Each iOS invitation payload, by the TRTCLiveRoomIMAction method that builds it. */
export const iosInvitations = {
  /** requestJoinAnchorWithUserID: no room id. */
  requestJoinAnchor: (reason: string) =>
    iosInvitation([
      ['cmd', 'requestJoinAnchor'],
      ['message', reason],
    ]),
  /** cancelRequestJoinAnchorWithRequestID and respondJoinAnchorWithRequestID: the same data. */
  joinAnchorAnswer: (reason: string) =>
    iosInvitation([
      ['cmd', 'requestJoinAnchor'],
      ['message', reason],
    ]),
  /** kickoutJoinAnchorWithUserID, and respondKickoutJoinAnchor's accept. */
  kickoutJoinAnchor: () => iosInvitation([['cmd', 'kickoutJoinAnchor']]),
  /** requestRoomPKWithUserID: the requester's own room and stream. */
  requestRoomPK: (fromRoomId: string, fromStreamId: string) =>
    iosInvitation([
      ['cmd', 'requestRoomPK'],
      ['roomId', fromRoomId],
      ['streamId', fromStreamId],
    ]),
  /** cancelRequestRoomPKWithRequestID. */
  cancelRoomPK: () => iosInvitation([['cmd', 'requestRoomPK']]),
  /** responseRoomPKWithRequestID: accept and reject carry the answerer's stream. */
  roomPKAnswer: (streamId: string) =>
    iosInvitation([
      ['cmd', 'requestRoomPK'],
      ['stream_id', streamId],
    ]),
  /** quitRoomPKWithUserID. */
  quitRoomPK: () => iosInvitation([['cmd', 'quitRoomPK']]),
  /** respondQuitRoomPK's accept: `action`, not `cmd`. */
  quitRoomPKAccept: () => iosInvitation([['action', 'quitRoomPK']]),
} as const;

/** An anchor in TUILiveRoom's room-state list. */
export interface OfficialAnchor {
  readonly userId: string;
  readonly streamId: string;
  readonly name: string;
}

/** Android IMProtocol.getGroupInfoJsonStr: the group introduction. */
export const androidIntroduction = (type: number, list: readonly OfficialAnchor[]): string =>
  `{"type":${type},"list":[${list
    .map((a) => `{"userId":${q(a.userId)},"streamId":${q(a.streamId)},"name":${q(a.name)}}`)
    .join(',')}]}`;

/** Android IMProtocol.getUpdateGroupInfoJsonStr: the introduction, then version and action 400. */
export const androidUpdateGroupInfo = (type: number, list: readonly OfficialAnchor[]): string =>
  `${androidIntroduction(type, list).slice(0, -1)},"version":"1.0.0","action":400}`;

/** Android IMProtocol.getCusMsgJsonStr: a room custom message (action 301). */
export const androidRoomCustom = (command: string, message: string): string =>
  `{"version":"1.0.0","action":301,"command":${q(command)},"message":${q(message)}}`;

/**
 * iOS updateGroupInfoWithRoomID: mj_JSONString of {type, list, version}; the list is
 * TRTCLiveRoomMemberManager.anchorDataList, the owner only ({name, userId, streamId}; MJExtension
 * leaves a nil stream id out). It sets the introduction, then sends an empty group text.
 */
export const iosIntroduction = (type: number, owner: OfficialAnchor): string =>
  `{"type":${type},"list":[{"name":${q(owner.name)},"userId":${q(owner.userId)}${
    owner.streamId === '' ? '' : `,"streamId":${q(owner.streamId)}`
  }}],"version":"1.0.0"}`;

/** iOS notifyStreamToAnchorWithUserId: the co-host stream notice, action 105 (no pretty print). */
export const iosStreamNotice = (streamId: string): string =>
  `{"action":105,"stream_id":${q(streamId)},"version":"1.0.0"}`;

/** iOS sendRoomCustomMsgWithRoomID: action 301. */
export const iosRoomCustom = (command: string, message: string): string =>
  `{"action":301,"command":${q(command)},"message":${q(message)},"version":"1.0.0"}`;
