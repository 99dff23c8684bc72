import { ErrorCode } from '@trtc-smart/core';
import { notSupported, toTrtcSmartError } from '@trtc-smart/core/adapter-kit';

/**
 * A media method the plugin build leaves out rejects with Capacitor's UNIMPLEMENTED (read as
 * ADAPTER_FAILURE with that code as the cause): for a media feature that means the platform lacks
 * it, so it becomes NOT_SUPPORTED naming the method and the platform. Other failures pass through.
 */
export async function unimplementedAsNotSupported<T>(
  call: Promise<T>,
  method: string,
  platform: string,
): Promise<T> {
  try {
    return await call;
  } catch (error) {
    const failure = toTrtcSmartError(error);
    if (failure.code === ErrorCode.ADAPTER_FAILURE && failure.cause?.code === 'UNIMPLEMENTED') {
      throw notSupported(method, `${platform}: this build of the TrtcSmart plugin does not implement it`);
    }
    throw failure;
  }
}
