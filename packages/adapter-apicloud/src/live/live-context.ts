import type { ClockPort, LiveMediaEvent, LiveSignalingEvent } from '@trtc-smart/core';
import type { EventHub } from '@trtc-smart/core/adapter-kit';
import type { NativeInvoke } from '../native-call.js';
import type { NativeRoomBook } from './native-room-book.js';

/** What the live ports and the live listeners share. */
export interface LiveContext {
  /** The native `liveRoom` object's methods, as promises. */
  readonly invoke: NativeInvoke;
  readonly book: NativeRoomBook;
  readonly signaling$: EventHub<LiveSignalingEvent>;
  readonly media$: EventHub<LiveMediaEvent>;
  /** The logged-in userId (the owner of a room created here). */
  self(): string | undefined;
  readonly clock: ClockPort;
}

/** Leaves the native room with `method` (exitRoom or destroyRoom); its later events are stale. */
export async function leaveNativeRoom(
  context: LiveContext,
  room: { readonly roomId: number },
  method: 'exitRoom' | 'destroyRoom',
): Promise<void> {
  const held = context.book.find(room.roomId);
  if (!held) return;
  context.book.forget(held);
  await context.invoke(method);
}
