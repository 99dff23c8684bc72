/**
 * DEVELOPMENT ONLY. Signs a TLS v2 userSig in the browser, which needs the app's SecretKey.
 * Never ship a SecretKey in a web page: anyone holding it can sign in as any user of the app.
 * Production userSigs come from your own server (e.g. with Tencent's tls-sig-api-v2). This entry
 * point exists for local demos against a throw-away Tencent test app; the main entry never imports it.
 */

export interface DevUserSigParams {
  readonly sdkAppId: number;
  readonly secretKey: string;
  readonly userId: string;
  /** Seconds the sig stays valid. Default 7 days, as Tencent's console signer. */
  readonly expireSec?: number;
  /** Signing time, seconds since the epoch. Default now. */
  readonly nowSec?: number;
}

const DEFAULT_EXPIRE_SEC = 604_800;

/** Tencent's TLS v2 algorithm: HMAC-SHA256 over the subject, the JSON deflated, base64 with `*-_`. */
export async function genTestUserSig(params: DevUserSigParams): Promise<string> {
  const { sdkAppId, secretKey, userId } = params;
  const time = Math.floor(params.nowSec ?? Date.now() / 1000);
  const expire = params.expireSec ?? DEFAULT_EXPIRE_SEC;
  const encoder = new TextEncoder();
  const content = `TLS.identifier:${userId}\nTLS.sdkappid:${sdkAppId}\nTLS.time:${time}\nTLS.expire:${expire}\n`;
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secretKey),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const sig = toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(content))));
  // Key order as Tencent's signers write it.
  const json = JSON.stringify({
    'TLS.ver': '2.0',
    'TLS.identifier': userId,
    'TLS.sdkappid': sdkAppId,
    'TLS.time': time,
    'TLS.expire': expire,
    'TLS.sig': sig,
  });
  const deflated = await new Response(
    new Blob([encoder.encode(json)]).stream().pipeThrough(new CompressionStream('deflate')),
  ).arrayBuffer();
  return toBase64(new Uint8Array(deflated)).replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
