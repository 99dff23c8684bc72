/**
 * The one error table. Every failure an app can see, from any method, event or adapter,
 * carries one of these codes; adapter errors keep the platform's own code in `cause`.
 */
export const ErrorCode = {
  /** A parameter is missing, of the wrong type or out of range; the message names the field and the rule. */
  INVALID_PARAMETER: 20001,
  /** The method is not allowed in the current state (e.g. accept while idle). */
  INVALID_STATE: 20002,
  /** The method needs a logged-in user. */
  NOT_LOGGED_IN: 20003,
  /** The instance was destroyed. */
  DESTROYED: 20004,
  /** The operation was overtaken by another (e.g. hangup while accept was still joining). */
  CANCELLED: 20005,
  /** The userSig was refused: empty, malformed, signed for another user or app. */
  USER_SIG_INVALID: 20010,
  /** The userSig has expired. */
  USER_SIG_EXPIRED: 20011,
  /** The same user logged in elsewhere. */
  KICKED_OFFLINE: 20012,
  /** The cloud could not be reached in time. */
  NETWORK_TIMEOUT: 20020,
  /** The connection to the cloud was lost. */
  NETWORK_LOST: 20021,
  /** The target user or room does not exist. */
  NOT_FOUND: 20030,
  /** The room id is taken by another user's room. */
  ALREADY_EXISTS: 20031,
  /** A camera or microphone could not be used. */
  DEVICE_ERROR: 20040,
  /** The platform (or its adapter) cannot do this; the message names the feature and the platform. */
  NOT_SUPPORTED: 20050,
  /** Any other failure reported by the platform adapter; `cause` holds the platform's code. */
  ADAPTER_FAILURE: 20090,
  /** The adapter sent something core could not understand. */
  MALFORMED_ADAPTER_DATA: 20091,
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The platform's own error, kept so nothing is lost when it is mapped into the table. */
export interface ErrorCause {
  readonly code?: number | string;
  readonly message?: string;
}

/** The one error every method rejects with: a `code` from {@link ErrorCode}, a message naming the field or the rule, and the platform's own error as `cause`. */
export class TrtcSmartError extends Error {
  override readonly name = 'TrtcSmartError';
  readonly code: ErrorCode;
  /** The platform error this one was mapped from, if any. */
  override readonly cause: ErrorCause | undefined;

  /** `message` says what went wrong where it went wrong; the code alone says only which kind. */
  constructor(code: ErrorCode, message: string, cause?: ErrorCause) {
    super(message);
    this.code = code;
    this.cause = cause;
  }

  /** The seed's `err` shape. */
  toJSON(): { code: number; msg: string } {
    return { code: this.code, msg: this.message };
  }
}

/** Whether a value is a {@link TrtcSmartError}. */
export const isTrtcSmartError = (value: unknown): value is TrtcSmartError => value instanceof TrtcSmartError;

/** A request whose answer never came (it may or may not have been done). */
export const isAnswerLost = (error: unknown): boolean =>
  isTrtcSmartError(error) && error.code === ErrorCode.NETWORK_TIMEOUT;

/** Anything an adapter throws becomes a table error; a table error passes through unchanged. */
export function toTrtcSmartError(value: unknown): TrtcSmartError {
  if (isTrtcSmartError(value)) return value;
  const cause = describeCause(value);
  // A platform error with an empty message gets words of ours; its own code and text stay in cause.
  const text =
    cause.message ||
    (cause.code === undefined
      ? 'the platform adapter failed'
      : `the platform failed with code ${cause.code} and no message`);
  return new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, text, cause);
}

function describeCause(value: unknown): ErrorCause {
  if (value && typeof value === 'object') {
    const { code, message } = value as { code?: unknown; message?: unknown };
    return {
      ...(typeof code === 'number' || typeof code === 'string' ? { code } : {}),
      ...(typeof message === 'string' ? { message } : {}),
    };
  }
  return { message: String(value) };
}

/** An INVALID_PARAMETER error whose message names the field and the rule it breaks. */
export const invalidParameter = (field: string, rule: string): TrtcSmartError =>
  new TrtcSmartError(ErrorCode.INVALID_PARAMETER, `${field}: ${rule}`);

/** A NOT_SUPPORTED error naming the feature and the platform that lacks it. */
export const notSupported = (feature: string, platform: string): TrtcSmartError =>
  new TrtcSmartError(ErrorCode.NOT_SUPPORTED, `${feature} is not supported on ${platform}`);
