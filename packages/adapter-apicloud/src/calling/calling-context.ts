import type { CallMediaEvent, CallSignalingEvent } from '@trtc-smart/core';
import type { EventHub } from '@trtc-smart/core/adapter-kit';
import type { NativeInvoke } from '../native-call.js';
import type { NativeCall, NativeCallBook } from './native-call-book.js';

/** What the calling ports and the calling listener share. */
export interface CallingContext {
  /** The native `calling` object's methods, as promises. */
  readonly invoke: NativeInvoke;
  readonly book: NativeCallBook;
  readonly signaling$: EventHub<CallSignalingEvent>;
  readonly media$: EventHub<CallMediaEvent>;
  /** The logged-in userId (onCallingTimeOut names nobody: it is this user). */
  self(): string | undefined;
}

/**
 * Puts this user in the native call's room once, however many port calls ask for it (invite and
 * enterRoom, or accept and enterRoom). If the native module's answer is malformed or never comes,
 * it is told to hang up, so no native call is left half-started behind a failed port call.
 */
export function joinOnce(
  context: CallingContext,
  call: NativeCall,
  run: () => Promise<unknown>,
): Promise<void> {
  call.join ??= run().then(
    () => {
      call.joined = true;
    },
    async (error: unknown) => {
      if (context.book.current === call) {
        context.book.forget(call);
        await context.invoke('hangup').catch(() => undefined);
      }
      throw error;
    },
  );
  return call.join;
}

/** Ends the native call with `method` (hangup or reject); its later events are stale. */
export async function endNativeCall(context: CallingContext, call: NativeCall, method: 'hangup' | 'reject') {
  context.book.forget(call);
  await context.invoke(method);
}
