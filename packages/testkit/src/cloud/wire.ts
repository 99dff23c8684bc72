import type {
  CallMediaEvent,
  CallSignalingEvent,
  LiveMediaEvent,
  LiveSignalingEvent,
  SessionEvent,
} from '@trtc-smart/core';
import type { MediaPortEvent } from '@trtc-smart/core/media';
import type { ImMessageEvent } from './im-groups.js';
import type { ImSignalingEvent } from './im-signaling.js';
import type { JsonValue } from './trace.js';

/** A port call that needs the cloud, as it travels up a device's link. */
export interface RequestMessage {
  readonly requestId: number;
  readonly method: string;
  readonly params: JsonValue;
}

export type ResponseMessage =
  | { readonly requestId: number; readonly method: string; readonly ok: true; readonly value: JsonValue }
  | {
      readonly requestId: number;
      readonly method: string;
      readonly ok: false;
      readonly code: number;
      readonly message: string;
    };

/** What the cloud sends down a device's link. */
export type DownlinkMessage =
  | { readonly channel: 'response'; readonly response: ResponseMessage }
  | { readonly channel: 'session'; readonly event: SessionEvent }
  | { readonly channel: 'signaling'; readonly event: CallSignalingEvent }
  /** `roomId`: the TRTC room the event is about; a device that has left it drops it, as TRTC does. */
  | { readonly channel: 'media'; readonly event: CallMediaEvent; readonly roomId: number }
  | { readonly channel: 'liveSignaling'; readonly event: LiveSignalingEvent }
  | { readonly channel: 'liveMedia'; readonly event: LiveMediaEvent }
  | { readonly channel: 'im'; readonly event: ImSignalingEvent }
  | { readonly channel: 'imMessage'; readonly event: ImMessageEvent }
  /** The media controls' news from the room (a remote screen share); `roomId` as for `media`. */
  | { readonly channel: 'mediaControls'; readonly event: MediaPortEvent; readonly roomId: number };

export function downlinkKind(message: DownlinkMessage): string {
  if (message.channel === 'response') {
    return `${message.response.method}:${message.response.ok ? 'ok' : 'error'}`;
  }
  return `${message.channel}.${message.event.type}`;
}

/** The client half of a device, as the cloud reaches it. */
export interface DeviceEndpoint {
  readonly id: string;
  receive(message: DownlinkMessage): void;
  /** The cloud removed the device from its room (TRTC's KICKED_OUT): it is out of it. */
  connectionLost(): void;
  /** The device noticed its link went down or came back. */
  linkChanged(up: boolean): void;
  /** Whether the device still sends heartbeats for this room (it believes it is in it). */
  heartbeats(roomId: number): boolean;
}
