import { type ClockPort, ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { fromNativeErr, malformed, shown } from './errors.js';
import type { NativeMethod } from './native-module.js';

export type NativeRet = Readonly<Record<string, unknown>>;

/** Calls one native object's methods as promises. */
export type NativeInvoke = (method: string, params?: Readonly<Record<string, unknown>>) => Promise<NativeRet>;

export interface NativeInvokeOptions {
  /** 'calling' or 'liveRoom', for error messages. */
  readonly label: string;
  readonly clock: ClockPort;
  /** A callback that never comes fails the call after this long (the native SDK's own timeouts are shorter). */
  readonly callbackTimeoutMs: number;
}

/**
 * `method(params, (ret, err) => …)` as a promise: `ret {status: true, …}` resolves with ret, a
 * well-formed `err {code, msg}` rejects with its core error, anything else (neither, wrong types,
 * no callback in time, a throw) rejects with MALFORMED_ADAPTER_DATA or ADAPTER_FAILURE. Only the
 * first callback counts.
 */
export function nativeInvoker(target: object, options: NativeInvokeOptions): NativeInvoke {
  const { label, clock, callbackTimeoutMs } = options;
  return (method, params = {}) => {
    const where = `${label}.${method}`;
    const fn = (target as Record<string, unknown>)[method];
    if (typeof fn !== 'function') {
      return Promise.reject(
        new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, `${where}: the native module has no such method`),
      );
    }
    return new Promise<NativeRet>((resolve, reject) => {
      let settled = false;
      const timer = clock.setTimeout(() => {
        settled = true;
        reject(malformed(`${where}: the native module did not call back within ${callbackTimeoutMs} ms`));
      }, callbackTimeoutMs);
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clock.clearTimeout(timer);
        outcome();
      };
      try {
        (fn as NativeMethod).call(target, params, (ret, err) =>
          settle(() => {
            if (isOk(ret)) resolve(ret);
            else if (isNativeErr(err)) reject(fromNativeErr(where, err));
            else
              reject(
                malformed(
                  `${where}: the callback had neither ret {status: true} nor err {code, msg} (ret ${shown(ret)}, err ${shown(err)})`,
                ),
              );
          }),
        );
      } catch (error) {
        settle(() =>
          reject(
            new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, `${where} threw: ${String(error)}`, {
              message: String(error),
            }),
          ),
        );
      }
    });
  };
}

const isOk = (ret: unknown): ret is NativeRet =>
  ret !== null && typeof ret === 'object' && (ret as { status?: unknown }).status === true;

export const isNativeErr = (err: unknown): err is { code: number; msg: string } =>
  err !== null &&
  typeof err === 'object' &&
  Number.isInteger((err as { code?: unknown }).code) &&
  typeof (err as { msg?: unknown }).msg === 'string';
