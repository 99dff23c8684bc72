/**
 * The few Web APIs the testkit uses, typed structurally and read from `globalThis`.
 * The build compiles against ES2022 with no DOM or Node types, and the code must run unchanged
 * in Node (>= 20) and in browsers, so nothing here names a platform module.
 */

export interface ByteTransform {
  readonly writable: {
    getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> };
  };
  readonly readable: {
    getReader(): { read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }> };
  };
}

export interface HmacSubtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { readonly name: 'HMAC'; readonly hash: 'SHA-256' },
    extractable: boolean,
    keyUsages: readonly 'sign'[],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

interface MessagePortLike {
  onmessage: (() => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

interface WebGlobals {
  readonly crypto?: { readonly subtle?: HmacSubtle };
  readonly CompressionStream?: new (format: 'deflate') => ByteTransform;
  readonly DecompressionStream?: new (format: 'deflate') => ByteTransform;
  readonly TextEncoder: new () => { encode(input: string): Uint8Array };
  readonly TextDecoder: new () => { decode(input: Uint8Array): string };
  readonly atob: (data: string) => string;
  readonly btoa: (data: string) => string;
  readonly setImmediate?: (callback: () => void) => unknown;
  readonly MessageChannel?: new () => { readonly port1: MessagePortLike; readonly port2: MessagePortLike };
}

export const web = globalThis as unknown as WebGlobals;

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined)
    throw new Error(`@trtc-smart/testkit needs ${name} (Node >= 20 or a modern browser)`);
  return value;
}

export const subtle = (): HmacSubtle => required(web.crypto?.subtle, 'crypto.subtle');
export const compressionStream = (): (new (format: 'deflate') => ByteTransform) =>
  required(web.CompressionStream, 'CompressionStream');
export const decompressionStream = (): (new (format: 'deflate') => ByteTransform) =>
  required(web.DecompressionStream, 'DecompressionStream');
