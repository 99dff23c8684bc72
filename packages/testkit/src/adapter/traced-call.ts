import { toTrtcSmartError } from '@trtc-smart/core/adapter-kit';
import type { Trace } from '../cloud/trace.js';

/** Records a port call and its outcome in the trace; synchronous throws become rejections. */
export function tracedCall<T>(
  trace: Trace,
  device: string,
  method: string,
  params: unknown,
  run: () => Promise<T>,
): Promise<T> {
  trace.record({ type: 'call', device, method, params: trace.copy(params) });
  let promise: Promise<T>;
  try {
    promise = run();
  } catch (error) {
    promise = Promise.reject(error);
  }
  return promise.then(
    (value) => {
      trace.record({ type: 'result', device, method, ok: true });
      return value;
    },
    (error: unknown) => {
      const { code, message } = toTrtcSmartError(error);
      trace.record({ type: 'result', device, method, ok: false, error: { code, message } });
      throw error;
    },
  );
}
