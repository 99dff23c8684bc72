import { type ErrorCause, ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import type { PluginErrorData } from '../definitions.js';

/** A plugin method's rejection as the bridge carries it: Capacitor's `{message, code, data}`. */
export class PluginError extends Error {
  override readonly name = 'PluginError';
  constructor(
    message: string,
    /** The name of a core error code: `"NOT_FOUND"`. */
    readonly code: string,
    readonly data: PluginErrorData,
  ) {
    super(message);
  }
}

const codeNames = new Map<number, string>(Object.entries(ErrorCode).map(([name, code]) => [code, name]));

/** A core error as the plugin rejects with it; the platform's cause rides in `data`. */
export function toPluginError(error: TrtcSmartError): PluginError {
  const { cause } = error;
  return new PluginError(error.message, codeNames.get(error.code) ?? 'ADAPTER_FAILURE', {
    ...(cause?.code === undefined ? {} : { nativeCode: cause.code }),
    ...(cause?.message === undefined ? {} : { nativeMessage: cause.message }),
  });
}

/**
 * A plugin rejection as a core error: a code named in core's table keeps its meaning, anything
 * else (Capacitor's UNIMPLEMENTED, a native build's own code) is ADAPTER_FAILURE with that code
 * as the cause; the SDK's own code and message in `data` are the cause when present.
 */
export function fromPluginError(method: string, rejection: unknown): TrtcSmartError {
  const { code, message, data } = (rejection ?? {}) as { code?: unknown; message?: unknown; data?: unknown };
  const named = typeof code === 'string' && Object.hasOwn(ErrorCode, code);
  const text =
    typeof message === 'string' && message !== ''
      ? message
      : typeof rejection === 'string'
        ? rejection
        : `${method} failed`;
  const { nativeCode, nativeMessage } = (data ?? {}) as PluginErrorData;
  const cause: ErrorCause = {
    ...(isCode(nativeCode) ? { code: nativeCode } : !named && isCode(code) ? { code } : {}),
    ...(typeof nativeMessage === 'string' ? { message: nativeMessage } : {}),
  };
  return new TrtcSmartError(
    named ? ErrorCode[code as keyof typeof ErrorCode] : ErrorCode.ADAPTER_FAILURE,
    named ? text : `${method}: ${text}`,
    Object.keys(cause).length === 0 ? undefined : cause,
  );
}

const isCode = (value: unknown): value is number | string =>
  typeof value === 'number' || (typeof value === 'string' && value !== '');
