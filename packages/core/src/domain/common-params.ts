import type { LoginParams } from '../ports/session.port.js';
import {
  booleanField,
  nonEmptyStringField,
  paramsObject,
  positiveIntegerField,
  userIdField,
  viewField,
} from './validate.js';
import type { ViewRule } from './view.js';

/** The parameter shapes both APIs share (login, a user, a flag, a view), parsed for the named method. */
export const parseLogin = (input: unknown): LoginParams => {
  const p = paramsObject(input, 'login');
  const sdkAppId = positiveIntegerField(p.sdkAppId, 'sdkAppId');
  const userId = userIdField(p.userId, 'userId');
  const userSig = nonEmptyStringField(p.userSig, 'userSig');
  return { sdkAppId, userId, userSig };
};

export const parseUserId = (input: unknown, method: string): string =>
  userIdField(paramsObject(input, method).userId, 'userId');

export const parseFlag = (input: unknown, method: string, field: string): boolean =>
  booleanField(paramsObject(input, method)[field], field);

/** A remote user's video into a view (startRemoteView, startPlay). */
export const parseUserView = <View>(input: unknown, method: string, rule: ViewRule<View>) => {
  const p = paramsObject(input, method);
  return { userId: userIdField(p.userId, 'userId'), view: viewField(p.view, 'view', rule) };
};

/** The local camera into a view (openCamera, startCameraPreview). */
export const parseCameraView = <View>(input: unknown, method: string, rule: ViewRule<View>) => {
  const p = paramsObject(input, method);
  return { isFront: booleanField(p.isFront, 'isFront'), view: viewField(p.view, 'view', rule) };
};
