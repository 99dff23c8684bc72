import type { LivePeerMessage } from '../ports/live-signaling.port.js';
import type { LiveRoomDeps } from './live-room-context.js';

/** Per signaling port, each recipient's last message on its way (settled ones are dropped). */
const lanes = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Sends a one-to-one live message once IM has answered the one before it to the same user, so two
 * sent in one tick (agreeing to a PK, then quitting it) cannot cross on the way and leave the
 * other anchor in a PK that ended (live world 33309). A failed one does not hold the next back.
 */
export function sendPeerInTurn(deps: LiveRoomDeps, userId: string, message: LivePeerMessage): Promise<void> {
  const port = deps.adapter.liveSignaling;
  const lane = lanes.get(port) ?? new Map<string, Promise<unknown>>();
  lanes.set(port, lane);
  const before = lane.get(userId);
  // Nothing on its way: sent now, in this tick, as any other command is.
  const send = () => port.sendPeerMessage({ userId, message });
  const sent = before ? before.then(send) : send();
  const tail = sent.catch(() => undefined);
  lane.set(userId, tail);
  void tail.then(() => {
    if (lane.get(userId) === tail) lane.delete(userId);
  });
  return sent;
}
