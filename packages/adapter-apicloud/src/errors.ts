import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';

const TABLE_CODES: ReadonlySet<number> = new Set(Object.values(ErrorCode));

/**
 * A native `err {code, msg}` as a core error. A plugin built on this SDK reports core's own table
 * codes, which pass through; any other code (a Tencent SDK code) is an ADAPTER_FAILURE that keeps
 * the native code and message in `cause`.
 */
export function fromNativeErr(
  where: string,
  err: { readonly code: number; readonly msg: string },
): TrtcSmartError {
  const cause = { code: err.code, message: err.msg };
  if (TABLE_CODES.has(err.code)) return new TrtcSmartError(err.code as ErrorCode, err.msg, cause);
  return new TrtcSmartError(
    ErrorCode.ADAPTER_FAILURE,
    `${where} failed: ${err.msg} (native code ${err.code})`,
    cause,
  );
}

export const malformed = (message: string): TrtcSmartError =>
  new TrtcSmartError(ErrorCode.MALFORMED_ADAPTER_DATA, message);

/** A short, bounded rendering of untrusted native data for error messages. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
