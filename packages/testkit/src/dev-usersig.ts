/**
 * DEVELOPMENT ONLY. Signs a TLS v2 userSig in the client, which needs the app's SecretKey.
 * Never ship a SecretKey in an app or web page: anyone holding it can sign in as any user.
 * Production userSigs come from your own server. This exists for tests, the playground and
 * local demos against the fake cloud (or a throw-away Tencent test app).
 */
import { encodeTlsSig, tlsHmac } from './usersig/tls-sig-v2.js';

/** `devSignUserSig`'s parameters. */
export interface DevSignUserSigParams {
  readonly sdkAppId: number;
  readonly secretKey: string;
  readonly userId: string;
  /** How long the sig stays valid, seconds. */
  readonly expireSec: number;
  /** The signing time, seconds since the epoch (pass the virtual clock's now / 1000 in tests). */
  readonly nowSec: number;
}

/** Signs a real-format UserSig with the SecretKey: for development and tests only. */
export async function devSignUserSig(params: DevSignUserSigParams): Promise<string> {
  const time = Math.floor(params.nowSec);
  const subject = { userId: params.userId, sdkAppId: params.sdkAppId, time, expire: params.expireSec };
  return encodeTlsSig({
    'TLS.ver': '2.0',
    'TLS.identifier': params.userId,
    'TLS.sdkappid': params.sdkAppId,
    'TLS.time': time,
    'TLS.expire': params.expireSec,
    'TLS.sig': await tlsHmac(params.secretKey, subject),
  });
}
