import { type JsonValue, toJson } from '../cloud/trace.js';

/** One call the app made on the fake native module, params as it passed them. */
export interface NativeCallRecord {
  readonly module: 'calling' | 'liveRoom';
  readonly method: string;
  readonly params: JsonValue;
}

/** What the next call of a method does instead of reaching the native engine. */
export type NativeFault =
  /** Calls back with `(undefined, err)`, as the plugin reports a failure. */
  | { readonly kind: 'err'; readonly code: number; readonly msg: string }
  /** Calls back with exactly these arguments (malformed answers: neither ret nor err, wrong types). */
  | { readonly kind: 'callback'; readonly args: readonly unknown[] }
  /** Never calls back. */
  | { readonly kind: 'silent' }
  /** Throws from the method itself. */
  | { readonly kind: 'throw'; readonly message: string };

export const record = (
  module: NativeCallRecord['module'],
  method: string,
  params: unknown,
): NativeCallRecord => ({ module, method, params: toJson(params ?? {}) });
