import type { LiveMediaEvent, LiveSignalingEvent } from '@trtc-smart/core';
import { Subject } from 'rxjs';
import type { DownlinkMessage } from '../cloud/wire.js';
import type { FakeView } from './fake-view.js';

/** A device's TRTC role in a live room: anchors publish, the audience only plays. */
export type LiveRole = 'anchor' | 'audience';

/** A device's live-room media state, as a test reads it through cloud.liveMediaState(). */
export interface LiveMediaSnapshot {
  readonly roomId: number | undefined;
  readonly role: LiveRole | undefined;
  readonly camera: 'off' | 'front' | 'back';
  readonly previewView: FakeView | undefined;
  readonly mirror: boolean;
  readonly micMuted: boolean;
  readonly streamId: string | undefined;
  readonly plays: Readonly<Record<string, FakeView>>;
  readonly remoteMuted: readonly string[];
  readonly allRemoteMuted: boolean;
}

/** What the local live SDK keeps; most of it never leaves the device. */
export class LiveLocal {
  roomId: number | undefined;
  /** Set while enterRoom is on its way: the device already sends heartbeats for it. */
  joiningRoomId: number | undefined;
  role: LiveRole | undefined;
  previewView: FakeView | undefined;
  frontCamera = true;
  mirror = false;
  micMuted = false;
  streamId: string | undefined;
  /** Made when first needed: most of a crowd never plays a stream or mutes anyone. */
  #plays: Map<string, FakeView> | undefined;
  #remoteMuted: Set<string> | undefined;
  /** The remote anchors TRTC told of in this room. */
  #anchors: Set<string> | undefined;
  allRemoteMuted = false;

  heardAnchor(userId: string, entered: boolean): void {
    if (!entered) this.#anchors?.delete(userId);
    else {
      this.#anchors ??= new Set();
      this.#anchors.add(userId);
    }
  }

  anchors(): string[] {
    return [...(this.#anchors ?? [])];
  }

  play(userId: string, view: FakeView): void {
    this.#plays ??= new Map();
    this.#plays.set(userId, view);
  }

  /** The users whose streams this device plays. */
  played(): string[] {
    return [...(this.#plays?.keys() ?? [])];
  }

  stopPlay(userId: string): void {
    this.#plays?.delete(userId);
  }

  muteRemote(userId: string, mute: boolean): void {
    if (mute) {
      this.#remoteMuted ??= new Set();
      this.#remoteMuted.add(userId);
    } else this.#remoteMuted?.delete(userId);
  }

  /** Leaving the room stops publishing and playback; the preview is the app's to stop. */
  leaveRoom(): void {
    this.roomId = undefined;
    this.joiningRoomId = undefined;
    this.role = undefined;
    this.streamId = undefined;
    this.#plays?.clear();
    this.#remoteMuted?.clear();
    this.#anchors = undefined;
    this.allRemoteMuted = false;
  }

  snapshot(): LiveMediaSnapshot {
    return {
      roomId: this.roomId,
      role: this.role,
      camera: this.previewView === undefined ? 'off' : this.frontCamera ? 'front' : 'back',
      previewView: this.previewView,
      mirror: this.mirror,
      micMuted: this.micMuted,
      streamId: this.streamId,
      plays: Object.fromEntries(this.#plays ?? []),
      remoteMuted: [...(this.#remoteMuted ?? [])],
      allRemoteMuted: this.allRemoteMuted,
    };
  }
}

/** The live half of a simulated device: its local state and its two event streams. */
export class LiveDevice {
  readonly signaling$ = new Subject<LiveSignalingEvent>();
  readonly media$ = new Subject<LiveMediaEvent>();
  readonly local = new LiveLocal();

  receive(message: DownlinkMessage): void {
    if (message.channel === 'liveSignaling') this.signaling$.next(message.event);
    if (message.channel === 'liveMedia') this.#mediaEvent(message.event);
  }

  /**
   * TRTC syncs its remote-user list on rejoining a room: an anchor that is gone meanwhile (its
   * notice lost while the link was down) is told as left, by a timeout for all it knows.
   */
  rejoined(anchors: readonly string[]): void {
    for (const userId of this.local.anchors().filter((id) => !anchors.includes(id)))
      this.#mediaEvent({ type: 'anchorLeft', userId, reason: 'networkTimeout' });
  }

  #mediaEvent(event: LiveMediaEvent): void {
    if (event.type === 'anchorEntered') this.local.heardAnchor(event.userId, true);
    if (event.type === 'anchorLeft') {
      this.local.heardAnchor(event.userId, false);
      // TRTC stops rendering a user who stopped publishing.
      this.local.stopPlay(event.userId);
    }
    this.media$.next(event);
  }

  /** Whether the device still sends heartbeats for this room (it believes it is in it). */
  heartbeats(roomId: number): boolean {
    return this.local.roomId === roomId || this.local.joiningRoomId === roomId;
  }

  /** The device noticed by itself that its room is gone. */
  connectionLost(): void {
    this.local.leaveRoom();
    this.media$.next({ type: 'connectionLost' });
  }
}
