import {
  type ByteTransform,
  compressionStream,
  decompressionStream,
  subtle,
  web,
} from '../platform/web-apis.js';

/** The JSON inside a TLS v2 userSig, keys in the order Tencent's signers write them. */
export interface TlsSigV2 {
  readonly 'TLS.ver': '2.0';
  readonly 'TLS.identifier': string;
  readonly 'TLS.sdkappid': number;
  readonly 'TLS.time': number;
  readonly 'TLS.expire': number;
  readonly 'TLS.sig': string;
}

export interface TlsSigSubject {
  readonly userId: string;
  readonly sdkAppId: number;
  /** Seconds since the epoch when the sig was made. */
  readonly time: number;
  /** Seconds it stays valid after `time`. */
  readonly expire: number;
}

/** The HMAC-SHA256 over Tencent's content string, base64 (standard alphabet). */
export async function tlsHmac(secretKey: string, subject: TlsSigSubject): Promise<string> {
  const encoder = new web.TextEncoder();
  const content =
    `TLS.identifier:${subject.userId}\nTLS.sdkappid:${subject.sdkAppId}\n` +
    `TLS.time:${subject.time}\nTLS.expire:${subject.expire}\n`;
  const crypto = subtle();
  const key = await crypto.importKey(
    'raw',
    encoder.encode(secretKey),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return bytesToBase64(new Uint8Array(await crypto.sign('HMAC', key, encoder.encode(content))));
}

/** zlib-deflate, base64, then Tencent's URL-safe substitutions. */
export async function encodeTlsSig(fields: TlsSigV2): Promise<string> {
  const json = new web.TextEncoder().encode(JSON.stringify(fields));
  const deflated = await pipe(json, new (compressionStream())('deflate'));
  return bytesToBase64(deflated).replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

/** The inverse of encodeTlsSig; throws on anything that is not a deflated JSON object. */
export async function decodeTlsSig(userSig: string): Promise<Record<string, unknown>> {
  const base64 = userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  const inflated = await pipe(base64ToBytes(base64), new (decompressionStream())('deflate'));
  const parsed: unknown = JSON.parse(new web.TextDecoder().decode(inflated));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('not a JSON object');
  return parsed as Record<string, unknown>;
}

async function pipe(input: Uint8Array, transform: ByteTransform): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // A corrupt input errors both sides; the reader reports it, the writer's failure is expected.
  writer
    .write(input)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) {
      chunks.push(value);
      length += value.length;
    }
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return web.btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = web.atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
