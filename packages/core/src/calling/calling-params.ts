import type { CallType } from '../domain/call-type.js';
import { ErrorCode, TrtcSmartError } from '../domain/errors.js';
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
}
export interface GroupCallParams {
  readonly userIdList: readonly string[];
  readonly type: CallType;
  readonly groupId?: string;
}
export interface RemoteViewParams<View> {
  readonly userId: string;
  readonly view: View;
}
export interface OpenCameraParams<View> {
  readonly isFront: boolean;
  readonly view: View;
}

export const parseCall = (input: unknown, self: string | null): CallParams => {
  const p = paramsObject(input, 'call');
  const userId = userIdField(p.userId, 'userId');
  if (userId === self)
    throw new TrtcSmartError(ErrorCode.INVALID_PARAMETER, 'userId: must not be the logged-in user');
  return { userId, type: callTypeField(p.type, 'type') };
};

export const parseGroupCall = (input: unknown, self: string | null): GroupCallParams => {
  const p = paramsObject(input, 'groupCall');
  const userIdList = userIdListField(p.userIdList, 'userIdList', self);
  const type = callTypeField(p.type, 'type');
  const groupId = optionalGroupIdField(p.groupId, 'groupId');
  return groupId === undefined ? { userIdList, type } : { userIdList, type, groupId };
};
