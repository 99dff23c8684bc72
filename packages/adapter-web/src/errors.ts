import { ErrorCode, isTrtcSmartError, TrtcSmartError } from '@trtc-smart/core';

/**
 * The two SDKs' error codes in core's table; the SDK's own code and message stay in `cause`.
 * TRTC's are 5000-5999 (RtcError.code, detail in extraCode); chat's are IM error codes.
 */
const trtcCodes: Readonly<Record<number, ErrorCode>> = {
  5000: ErrorCode.INVALID_PARAMETER,
  5100: ErrorCode.INVALID_STATE,
  5300: ErrorCode.DEVICE_ERROR,
  5998: ErrorCode.CANCELLED,
};

/** RtcError.extraCode values that say more than the code does. */
const trtcExtraCodes: Readonly<Record<number, ErrorCode>> = {
  // The firewall or proxy blocks the media connection; the reconnection gave up.
  5501: ErrorCode.NETWORK_TIMEOUT,
  5502: ErrorCode.NETWORK_LOST,
  // SERVER_ERROR's userSig refusals.
  [-100013]: ErrorCode.USER_SIG_INVALID,
  [-100018]: ErrorCode.USER_SIG_INVALID,
  70001: ErrorCode.USER_SIG_EXPIRED,
};

const chatCodes: Readonly<Record<number, ErrorCode>> = {
  70001: ErrorCode.USER_SIG_EXPIRED,
  70003: ErrorCode.USER_SIG_INVALID,
  70009: ErrorCode.USER_SIG_INVALID,
  70013: ErrorCode.USER_SIG_INVALID,
  70014: ErrorCode.USER_SIG_INVALID,
  70016: ErrorCode.USER_SIG_INVALID,
  70020: ErrorCode.USER_SIG_INVALID,
  70052: ErrorCode.USER_SIG_INVALID,
  70398: ErrorCode.USER_SIG_INVALID,
  // Request timed out / no network.
  2800: ErrorCode.NETWORK_TIMEOUT,
  2801: ErrorCode.NETWORK_TIMEOUT,
  2802: ErrorCode.NETWORK_TIMEOUT,
  2998: ErrorCode.NETWORK_TIMEOUT,
  // Not logged in.
  2024: ErrorCode.NOT_LOGGED_IN,
  6014: ErrorCode.NOT_LOGGED_IN,
  // Signaling: the invitation is unknown or already answered.
  8010: ErrorCode.NOT_FOUND,
  // No such user or group.
  20003: ErrorCode.NOT_FOUND,
  10010: ErrorCode.NOT_FOUND,
  10015: ErrorCode.NOT_FOUND,
  // The group id is taken by another user's group (a live room's id).
  10021: ErrorCode.ALREADY_EXISTS,
};

/** Which Tencent SDK an error came from. */
export type SdkName = 'TRTC' | 'chat';

/** Any SDK failure as a core error. A core error (our own validation) passes through. */
export function fromSdkError(sdk: SdkName, error: unknown): TrtcSmartError {
  if (isTrtcSmartError(error)) return error;
  const { code, extraCode, message } = describe(error);
  const mapped =
    sdk === 'TRTC'
      ? ((extraCode === undefined ? undefined : trtcExtraCodes[extraCode]) ??
        (code === undefined ? undefined : trtcCodes[code]))
      : code === undefined
        ? undefined
        : chatCodes[code];
  const detail = extraCode === undefined ? '' : ` (extraCode ${extraCode})`;
  // The SDKs sometimes give no words at all (chat's 2801 on login without a network): ours, then.
  const text = `${sdk} ${code ?? ''}: ${message || 'failed, and the SDK gave no message'}${detail}`;
  return new TrtcSmartError(mapped ?? ErrorCode.ADAPTER_FAILURE, text, {
    ...(code === undefined ? {} : { code }),
    ...(message === undefined ? {} : { message }),
  });
}

/** Runs an SDK call and maps its failure. */
export async function sdkCall<T>(sdk: SdkName, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw fromSdkError(sdk, error);
  }
}

function describe(error: unknown): { code?: number; extraCode?: number; message?: string } {
  if (error === null || typeof error !== 'object') return { message: String(error) };
  const { code, extraCode, message } = error as { code?: unknown; extraCode?: unknown; message?: unknown };
  const asNumber = (v: unknown) =>
    typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : undefined;
  const c = asNumber(code);
  const x = asNumber(extraCode);
  return {
    ...(c === undefined ? {} : { code: c }),
    ...(x === undefined ? {} : { extraCode: x }),
    ...(typeof message === 'string' ? { message } : {}),
  };
}
