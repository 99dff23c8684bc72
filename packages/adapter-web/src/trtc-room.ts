import { ErrorCode } from '@trtc-smart/core';
import { fromSdkError, sdkCall } from './errors.js';
import type { TrtcClient } from './sdk.js';

/** Runs calls on a TRTC client, its failures mapped into core's error table. */
export const trtcCaller =
  (trtc: TrtcClient) =>
  <T>(run: (client: TrtcClient) => Promise<T>): Promise<T> =>
    sdkCall('TRTC', () => run(trtc));

/**
 * TRTC reports a failed room entry only through enterRoom's promise: a media port also tells its
 * events (apps hear of it as onError, with TRTC's code), then rethrows.
 */
export function reportFailedEntry(
  failures: { next(event: { type: 'error'; code: number; message: string }): void },
  error: unknown,
): never {
  const { cause, message, code } = fromSdkError('TRTC', error);
  // An entry exitRoom aborted is this user leaving, not a failure to report.
  if (typeof cause?.code === 'number' && code !== ErrorCode.CANCELLED)
    failures.next({ type: 'error', code: cause.code, message });
  throw error;
}
