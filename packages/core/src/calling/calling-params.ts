import type { CallType } from '../domain/call-type.js';
import { invalidParameter } from '../domain/errors.js';
import { type OfflinePushInfo, type OfflinePushParams, offlinePushField } from '../domain/offline-push.js';
import {
  callTypeField,
  optionalGroupIdField,
  paramsObject,
  userIdField,
  userIdListField,
} from '../domain/validate.js';

/** The typed parameters of each calling method, as the seed names them. */
export interface CallParams {
  readonly userId: string;
  readonly type: CallType;
  /** What an offline invitee's phone shows; defaults fill what is missing. */
  readonly offlinePushInfo?: OfflinePushParams;
}
/** `groupCall`'s parameters: the invitees, the call type and an optional IM group. */
export interface GroupCallParams {
  readonly userIdList: readonly string[];
  readonly type: CallType;
  readonly groupId?: string;
  readonly offlinePushInfo?: OfflinePushParams;
}
/** `startRemoteView`'s parameters: whose video, and where to show it. */
export interface RemoteViewParams<View> {
  readonly userId: string;
  readonly view: View;
}
/** `openCamera`'s parameters: which camera, and where to show it. */
export interface OpenCameraParams<View> {
  readonly isFront: boolean;
  readonly view: View;
}

type Parsed<P> = Omit<P, 'offlinePushInfo'> & { readonly offlinePush: OfflinePushInfo };

export const parseCall = (input: unknown, self: string | null): Parsed<CallParams> => {
  const p = paramsObject(input, 'call');
  const userId = userIdField(p.userId, 'userId');
  if (userId === self) throw invalidParameter('userId', 'must not be the logged-in user');
  const type = callTypeField(p.type, 'type');
  return { userId, type, offlinePush: offlinePushField(p.offlinePushInfo, 'offlinePushInfo', self ?? '') };
};

export const parseGroupCall = (input: unknown, self: string | null): Parsed<GroupCallParams> => {
  const p = paramsObject(input, 'groupCall');
  const userIdList = userIdListField(p.userIdList, 'userIdList', self);
  const type = callTypeField(p.type, 'type');
  const groupId = optionalGroupIdField(p.groupId, 'groupId');
  const offlinePush = offlinePushField(p.offlinePushInfo, 'offlinePushInfo', self ?? '');
  return groupId === undefined
    ? { userIdList, type, offlinePush }
    : { userIdList, type, groupId, offlinePush };
};
