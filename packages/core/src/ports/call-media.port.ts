import type { Observable } from 'rxjs';
import type { CallType } from '../domain/call-type.js';

/** Call media, at the level of TRTC's room API. Views are opaque: the adapter's ViewRule checks them. */
export interface CallMediaPort<View> {
  /** Enters the room and publishes the microphone. */
  enterRoom(params: {
    readonly roomId: number;
    readonly userId: string;
    readonly callType: CallType;
  }): Promise<void>;
  /** Leaves the room and releases the local camera and microphone; resolves when not in a room. */
  exitRoom(): Promise<void>;
  /** Opens the local camera into a view. */
  openCamera(params: { readonly isFront: boolean; readonly view: View }): Promise<void>;
  /** Closes the local camera. */
  closeCamera(): Promise<void>;
  /** Switches between the front and the back camera. */
  switchCamera(params: { readonly isFront: boolean }): Promise<void>;
  /** Mutes or unmutes the microphone. */
  setMicMute(params: { readonly isMute: boolean }): Promise<void>;
  /** Routes audio to the speaker or the earpiece. */
  setHandsFree(params: { readonly isHandsFree: boolean }): Promise<void>;
  /** Renders a remote user into a view. */
  startRemoteView(params: { readonly userId: string; readonly view: View }): Promise<void>;
  /** Stops rendering a remote user. */
  stopRemoteView(params: { readonly userId: string }): Promise<void>;
  readonly events$: Observable<CallMediaEvent>;
}

/** The TRTC room connection: `reconnecting` while the SDK retries, else `connected`. */
export type MediaConnectionState = 'reconnecting' | 'connected';

/** One user's voice volume, 0-100 (`onUserVoiceVolume`). */
export interface VolumeInfo {
  readonly userId: string;
  /** 0-100, as TRTC reports it; core rounds and clamps it, so an adapter passes it on as is. */
  readonly volume: number;
}

/** 0 unknown, 1 excellent … 6 down, as TRTC reports it. */
export type NetworkQuality = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** What the call's TRTC room reports to core: users entering and leaving, media, volumes, connection. */
export type CallMediaEvent =
  | { readonly type: 'userEntered'; readonly userId: string }
  /** 'left' for any orderly exit (hang-up, logout, kick); 'networkTimeout' when the cloud lost them. */
  | { readonly type: 'userLeft'; readonly userId: string; readonly reason: 'left' | 'networkTimeout' }
  | { readonly type: 'audioAvailable'; readonly userId: string; readonly available: boolean }
  | { readonly type: 'videoAvailable'; readonly userId: string; readonly available: boolean }
  /** Every user in the room, the local user under its own userId (not TRTC's ''). */
  | { readonly type: 'volumes'; readonly volumes: readonly VolumeInfo[] }
  | {
      readonly type: 'networkQuality';
      readonly qualities: readonly { readonly userId: string; readonly quality: NetworkQuality }[];
    }
  /**
   * The local client's link to the room: `reconnecting` while the SDK retries after a network
   * blip (TRTC: CONNECTED -> DISCONNECTED -> CONNECTING), `connected` once it is back in the room.
   */
  | { readonly type: 'connectionChanged'; readonly state: MediaConnectionState }
  /** The local client lost the room for good (it gave up reconnecting, or was removed): it is out of it. */
  | { readonly type: 'connectionLost' }
  | { readonly type: 'error'; readonly code: number; readonly message: string };
