import type { CallType } from '../domain/call-type.js';
import { ErrorCode, TrtcSmartError } from '../domain/errors.js';
import {
  booleanField,
  callTypeField,
  nonEmptyStringField,
  optionalGroupIdField,
  paramsObject,
  positiveIntegerField,
  userIdField,
  userIdListField,
  viewField,
} from '../domain/validate.js';
import type { ViewRule } from '../domain/view.js';
import type { LoginParams } from '../ports/session.port.js';

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

export const parseLogin = (input: unknown): LoginParams => {
  const p = paramsObject(input, 'login');
  const sdkAppId = positiveIntegerField(p.sdkAppId, 'sdkAppId');
  const userId = userIdField(p.userId, 'userId');
  const userSig = nonEmptyStringField(p.userSig, 'userSig');
  return { sdkAppId, userId, userSig };
};

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

export const parseRemoteView = <View>(input: unknown, rule: ViewRule<View>): RemoteViewParams<View> => {
  const p = paramsObject(input, 'startRemoteView');
  return { userId: userIdField(p.userId, 'userId'), view: viewField(p.view, 'view', rule) };
};

export const parseUserId = (input: unknown, method: string): string =>
  userIdField(paramsObject(input, method).userId, 'userId');

export const parseOpenCamera = <View>(input: unknown, rule: ViewRule<View>): OpenCameraParams<View> => {
  const p = paramsObject(input, 'openCamera');
  return { isFront: booleanField(p.isFront, 'isFront'), view: viewField(p.view, 'view', rule) };
};

export const parseFlag = (input: unknown, method: string, field: string): boolean =>
  booleanField(paramsObject(input, method)[field], field);
