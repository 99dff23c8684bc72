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
  openCamera(params: { readonly isFront: boolean; readonly view: View }): Promise<void>;
  closeCamera(): Promise<void>;
  switchCamera(params: { readonly isFront: boolean }): Promise<void>;
  setMicMute(params: { readonly isMute: boolean }): Promise<void>;
  setHandsFree(params: { readonly isHandsFree: boolean }): Promise<void>;
  startRemoteView(params: { readonly userId: string; readonly view: View }): Promise<void>;
  stopRemoteView(params: { readonly userId: string }): Promise<void>;
  readonly events$: Observable<CallMediaEvent>;
}

export type MediaConnectionState = 'reconnecting' | 'connected';

export interface VolumeInfo {
  readonly userId: string;
  /** 0-100, as TRTC reports it; core rounds and clamps it, so an adapter passes it on as is. */
  readonly volume: number;
}

/** 0 unknown, 1 excellent … 6 down, as TRTC reports it. */
export type NetworkQuality = 0 | 1 | 2 | 3 | 4 | 5 | 6;

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
