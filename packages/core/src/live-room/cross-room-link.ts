import type { EffectTarget } from '../machine/effects.js';
import type { LiveRoomContext } from './live-room-context.js';
import { enteredSince, mediaEntries } from './media-entries.js';

/**
 * A PK's TRTC cross-room link. Its connect and disconnect go out in the order given (the effect
 * runner's media lane), and both anchors end the link when the PK ends, whoever quit: the one that
 * connected may hear the other's quit while its own connect is still on the way, and that connect
 * would land after the other's disconnect and leave the rooms linked (live world 33309).
 */
export function linkRooms(
  context: LiveRoomContext,
  self: EffectTarget,
  partner: { roomId: number; userId: string },
) {
  const { liveMedia } = context.deps.adapter;
  context.deps.effects.inOrder(self, 'media', () =>
    liveMedia.connectOtherRoom({ roomId: partner.roomId, userId: partner.userId }),
  );
}

/** Ends the link, after any connect before it; not once another TRTC room was entered (it went with the room). */
export function unlinkRooms(context: LiveRoomContext, self: EffectTarget): void {
  const { deps } = context;
  const since = mediaEntries(deps);
  deps.effects.inOrder(self, 'media', async () => {
    if (!enteredSince(deps, since)) await deps.adapter.liveMedia.disconnectOtherRoom();
  });
}
