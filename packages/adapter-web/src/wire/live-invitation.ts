import { integerOf, isObject, parseObject, stringOf } from './json.js';

/**
 * TUILiveRoom's link-mic and PK requests since Android 927d413 (2021-08) and iOS b698a68 (2021-09):
 * IM invitations whose data is `{"version":1,"businessID":"Live","platform":…,"data":{"cmd":…}}`,
 * answered by accepting or rejecting the invitation and withdrawn by cancelling it (cmd unchanged).
 * Android puts its room id in every `data.roomId`; iOS only in requestRoomPK, with `streamId`;
 * iOS's PK accept carries `stream_id`, its link-mic request and answers the reason as `message`.
 */
export const JOIN = 'requestJoinAnchor';
export const KICK = 'kickoutJoinAnchor';
export const PK = 'requestRoomPK';
export const QUIT_PK = 'quitRoomPK';

export interface LiveInvitation {
  /** '' in iOS's accept of a quit-PK invitation (`data.action`): an answer nobody waits on. */
  readonly cmd: string;
  readonly roomId: number | undefined;
  readonly message: string;
  /** A PK request's `streamId`, or a PK accept's `stream_id`. */
  readonly streamId: string;
}

export const encodeLiveInvitation = (cmd: string, fields: Readonly<Record<string, string>>): string =>
  JSON.stringify({ version: 1, businessID: 'Live', platform: 'Web', data: { cmd, ...fields } });

/** Undefined for anything else on the invitation channel (calls, other apps). */
export function decodeLiveInvitation(text: string): LiveInvitation | undefined {
  const json = parseObject(text);
  if (json?.businessID !== 'Live') return undefined;
  const data = isObject(json.data) ? json.data : {};
  return {
    cmd: stringOf(data.cmd) ?? '',
    roomId: integerOf(data.roomId),
    message: stringOf(data.message) ?? '',
    streamId: stringOf(data.streamId) ?? stringOf(data.stream_id) ?? '',
  };
}
