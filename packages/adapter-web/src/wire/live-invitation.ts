import { integerOf, isObject, numberOf, parseObject, stringOf } from './json.js';

/**
 * The newer live kits (TUILiveKit) send link-mic and PK requests as IM invitations whose data is
 * `{"version":1,"businessID":"Live","platform":…,"data":{"cmd":…,"roomId":"…"}}`; accepting or
 * rejecting the invitation answers it.
 */
export type LiveInvitationCommand =
  | 'requestJoinAnchor'
  | 'kickoutJoinAnchor'
  | 'requestRoomPK'
  | 'quitRoomPK'
  | 'cancelJoinAnchor';

export interface LiveInvitation {
  readonly command: LiveInvitationCommand;
  readonly roomId: number;
}

const COMMANDS: readonly string[] = [
  'requestJoinAnchor',
  'kickoutJoinAnchor',
  'requestRoomPK',
  'quitRoomPK',
  'cancelJoinAnchor',
] satisfies LiveInvitationCommand[];

/** Undefined for anything else on the invitation channel (calls, other apps). */
export function decodeLiveInvitation(text: string): LiveInvitation | undefined {
  const json = parseObject(text);
  if (json?.businessID !== 'Live' || (numberOf(json.version) ?? 0) < 1) return undefined;
  const data = isObject(json.data) ? json.data : undefined;
  const command = stringOf(data?.cmd);
  const roomId = integerOf(data?.roomId);
  if (command === undefined || !COMMANDS.includes(command) || roomId === undefined) return undefined;
  return { command: command as LiveInvitationCommand, roomId };
}
