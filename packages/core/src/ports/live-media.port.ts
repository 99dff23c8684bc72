import type { Observable } from 'rxjs';
import type { MediaConnectionState } from './call-media.port.js';

/** A TRTC live-scene role: anchors publish, the audience plays. */
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
  /** Opens the local camera into a view. */
  startCameraPreview(params: { readonly isFront: boolean; readonly view: View }): Promise<void>;
  /** Closes the local camera. */
  stopCameraPreview(): Promise<void>;
  /** Enters the TRTC room of a live room in a role; an audience member publishes nothing. */
  enterRoom(params: {
    readonly roomId: number;
    readonly userId: string;
    readonly role: LiveRole;
  }): Promise<void>;
  /** Leaves the live room's TRTC room. */
  exitRoom(): Promise<void>;
  /** Switches the TRTC role (a co-host becomes an anchor, and back). */
  switchRole(params: { readonly role: LiveRole }): Promise<void>;
  /** Publishes camera and microphone, bound to the CDN stream id. Needs the anchor role. */
  startPublish(params: { readonly streamId: string }): Promise<void>;
  /** Stops publishing. */
  stopPublish(): Promise<void>;
  /** Plays a publishing user into a view. NOT_FOUND when that user publishes nothing here. */
  startPlay(params: { readonly userId: string; readonly view: View }): Promise<void>;
  /** Stops playing a user's stream. */
  stopPlay(params: { readonly userId: string }): Promise<void>;
  /** PK: mixes another room's anchor into this room and this anchor into that room. */
  connectOtherRoom(params: { readonly roomId: number; readonly userId: string }): Promise<void>;
  /** Ends this room's cross-room connection, whichever side made it. */
  disconnectOtherRoom(): Promise<void>;
  /** Switches between the front and the back camera. */
  switchCamera(params: { readonly isFront: boolean }): Promise<void>;
  /** Mirrors the local preview or not. */
  setMirror(params: { readonly isMirror: boolean }): Promise<void>;
  /** Mutes or unmutes the microphone. */
  muteLocalAudio(params: { readonly isMute: boolean }): Promise<void>;
  /** Mutes or unmutes one user's audio. */
  muteRemoteAudio(params: { readonly userId: string; readonly isMute: boolean }): Promise<void>;
  /** Mutes or unmutes every remote user's audio. */
  muteAllRemoteAudio(params: { readonly isMute: boolean }): Promise<void>;
  readonly events$: Observable<LiveMediaEvent>;
}

/** What the live room's TRTC side reports to core: anchors' streams, connection, errors, logs. */
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
