import type { LiveRoomEvent } from '../domain/live-room-events.js';
import type { RoomMessage } from './port-events.js';

/**
 * A room message as the seed's listener delivers it. Messages change no state, so they go from the
 * port straight to events$ instead of through the machine: a room of thousands hears each one, and
 * a machine transition per member per message would cost a hundred times the delivery itself.
 */
export function roomMessageEvent({ from, message }: RoomMessage): LiveRoomEvent {
  return message.kind === 'text'
    ? { eventType: 'onRecvRoomTextMsg', fromUser: from, message: message.text }
    : {
        eventType: 'onRecvRoomCustomMsg',
        fromUser: from,
        cmd: message.cmd,
        command: message.cmd,
        message: message.message,
      };
}
