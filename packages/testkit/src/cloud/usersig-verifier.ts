import { ErrorCode } from '@trtc-smart/core';
import { decodeTlsSig, tlsHmac } from '../usersig/tls-sig-v2.js';

export interface VerifyUserSigParams {
  readonly secretKey: string;
  readonly sdkAppId: number;
  readonly userId: string;
  readonly userSig: string;
  readonly nowSec: number;
}

export type VerifyResult =
  | {
      readonly ok: true /** Seconds since the epoch when the sig stops being valid. */;
      readonly expiresAtSec: number;
    }
  | {
      readonly ok: false;
      readonly code: typeof ErrorCode.USER_SIG_INVALID | typeof ErrorCode.USER_SIG_EXPIRED;
      readonly reason: string;
    };

const invalid = (reason: string): VerifyResult => ({ ok: false, code: ErrorCode.USER_SIG_INVALID, reason });

/** What Tencent's login does with a TLS v2 userSig: decode, check the subject, the HMAC, then the time. */
export async function verifyUserSig(params: VerifyUserSigParams): Promise<VerifyResult> {
  let fields: Record<string, unknown>;
  try {
    fields = await decodeTlsSig(params.userSig);
  } catch {
    return invalid('malformed userSig');
  }
  const time = fields['TLS.time'];
  const expire = fields['TLS.expire'];
  const sig = fields['TLS.sig'];
  if (fields['TLS.ver'] !== '2.0') return invalid('unsupported TLS.ver');
  if (fields['TLS.identifier'] !== params.userId) return invalid('signed for another user');
  if (Number(fields['TLS.sdkappid']) !== params.sdkAppId) return invalid('signed for another sdkAppId');
  if (typeof time !== 'number' || typeof expire !== 'number' || typeof sig !== 'string') {
    return invalid('missing TLS fields');
  }
  const expected = await tlsHmac(params.secretKey, {
    userId: params.userId,
    sdkAppId: params.sdkAppId,
    time,
    expire,
  });
  if (expected !== sig) return invalid('bad signature');
  if (time + expire < params.nowSec)
    return { ok: false, code: ErrorCode.USER_SIG_EXPIRED, reason: 'expired' };
  return { ok: true, expiresAtSec: time + expire };
}
