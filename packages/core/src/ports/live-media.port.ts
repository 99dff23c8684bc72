import type { Observable } from 'rxjs';
import type { MediaConnectionState } from './call-media.port.js';

export type LiveRole = 'anchor' | 'audience';

/**
 * Live-room media, at the level of TRTC's live scene: "what one TRTC call does". Views are opaque:
 * the adapter's ViewRule checks them.
 *
 * Delivery rules every adapter keeps:
 * - `anchorEntered` reaches everyone in the room (anchors and audience) when a user starts
 *   publishing there, including another room's anchor connected for PK; a newcomer gets one per
 *   anchor already publishing. `anchorLeft` follows when it stops, leaves or drops off the network;
 * - `connectionLost` when the local client lost its room (no heartbeat answers): it is out of it.
 */
export interface LiveMediaPort<View> {
  startCameraPreview(params: { readonly isFront: boolean; readonly view: View }): Promise<void>;
  stopCameraPreview(): Promise<void>;
  /** Enters the TRTC room of a live room in a role; an audience member publishes nothing. */
  enterRoom(params: {
    readonly roomId: number;
    readonly userId: string;
    readonly role: LiveRole;
  }): Promise<void>;
  exitRoom(): Promise<void>;
  switchRole(params: { readonly role: LiveRole }): Promise<void>;
  /** Publishes camera and microphone, bound to the CDN stream id. Needs the anchor role. */
  startPublish(params: { readonly streamId: string }): Promise<void>;
  stopPublish(): Promise<void>;
  /** Plays a publishing user into a view. NOT_FOUND when that user publishes nothing here. */
  startPlay(params: { readonly userId: string; readonly view: View }): Promise<void>;
  stopPlay(params: { readonly userId: string }): Promise<void>;
  /** PK: mixes another room's anchor into this room and this anchor into that room. */
  connectOtherRoom(params: { readonly roomId: number; readonly userId: string }): Promise<void>;
  /** Ends this room's cross-room connection, whichever side made it. */
  disconnectOtherRoom(): Promise<void>;
  switchCamera(params: { readonly isFront: boolean }): Promise<void>;
  setMirror(params: { readonly isMirror: boolean }): Promise<void>;
  muteLocalAudio(params: { readonly isMute: boolean }): Promise<void>;
  muteRemoteAudio(params: { readonly userId: string; readonly isMute: boolean }): Promise<void>;
  muteAllRemoteAudio(params: { readonly isMute: boolean }): Promise<void>;
  readonly events$: Observable<LiveMediaEvent>;
}

export type LiveMediaEvent =
  /**
   * `streamId`: the user's CDN stream id where the adapter learns it (TRTC's room, or a co-host's
   * stream message, wire action 103); the owner announces it in the room's anchor list.
   */
  | { readonly type: 'anchorEntered'; readonly userId: string; readonly streamId?: string }
  | { readonly type: 'anchorLeft'; readonly userId: string; readonly reason: 'left' | 'networkTimeout' }
  /** As CallMediaEvent's: the SDK reconnecting through a blip, then back in the room. */
  | { readonly type: 'connectionChanged'; readonly state: MediaConnectionState }
  | { readonly type: 'connectionLost' }
  | { readonly type: 'error'; readonly code: number; readonly message: string }
  | { readonly type: 'warning'; readonly code: number; readonly message: string }
  | { readonly type: 'log'; readonly log: string };
