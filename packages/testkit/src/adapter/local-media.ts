import type { CallType } from '@trtc-smart/core';
import type { FakeView } from './fake-view.js';

/** A device's camera: off, or on and facing front or back. */
export type CameraState = 'off' | 'front' | 'back';

/** A device's own media state, as a test reads it through cloud.mediaState(). */
export interface MediaStateSnapshot {
  readonly deviceId: string;
  /** The room the device is in (after enterRoom resolved), if any. */
  readonly roomId: number | undefined;
  readonly callType: CallType | undefined;
  readonly camera: CameraState;
  readonly localView: FakeView | undefined;
  readonly micMuted: boolean;
  readonly handsFree: boolean;
  readonly remoteViews: Readonly<Record<string, FakeView>>;
  /** The remote users it hears in its room, sorted. */
  readonly remoteUsers: readonly string[];
}

/** What the local TRTC SDK keeps: most of it never leaves the device. */
export class LocalMedia {
  roomId: number | undefined;
  /** Set while enterRoom is on its way: the device already sends heartbeats for it. */
  joiningRoomId: number | undefined;
  callType: CallType | undefined;
  frontCamera = true;
  cameraOn = false;
  localView: FakeView | undefined;
  micMuted = false;
  handsFree = false;
  readonly remoteViews = new Map<string, FakeView>();
  /** The remote users the device heard enter its room and not leave (TRTC's remote-user list). */
  readonly present = new Set<string>();

  get camera(): CameraState {
    if (!this.cameraOn) return 'off';
    return this.frontCamera ? 'front' : 'back';
  }

  publishing(): { audio: boolean; video: boolean } {
    return { audio: !this.micMuted, video: this.cameraOn };
  }

  /** Leaving a room (or losing it) stops capture and playback, as the call kits do. */
  reset(): void {
    this.roomId = undefined;
    this.joiningRoomId = undefined;
    this.callType = undefined;
    this.frontCamera = true;
    this.cameraOn = false;
    this.localView = undefined;
    this.micMuted = false;
    this.handsFree = false;
    this.remoteViews.clear();
    this.present.clear();
  }

  snapshot(deviceId: string): MediaStateSnapshot {
    return {
      deviceId,
      roomId: this.roomId,
      callType: this.callType,
      camera: this.camera,
      localView: this.localView,
      micMuted: this.micMuted,
      handsFree: this.handsFree,
      remoteViews: Object.fromEntries(this.remoteViews),
      remoteUsers: [...this.present].sort(),
    };
  }
}
