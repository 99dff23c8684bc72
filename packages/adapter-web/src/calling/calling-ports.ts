import type { WebContext } from '../web-context.js';
import { createCallMediaPort } from './call-media-port.js';
import { createCallSignalingPort } from './call-signaling-port.js';
import type { StringRooms } from './string-rooms.js';

/** The calling ports over one context; they share the string-room table (TRTC string rooms by number). */
export function callingPorts(context: WebContext) {
  const stringRooms: StringRooms = new Map();
  return {
    callSignaling: createCallSignalingPort(context, stringRooms),
    callMedia: createCallMediaPort(context, stringRooms),
  };
}
