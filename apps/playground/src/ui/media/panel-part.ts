import type { DeviceInfo, DeviceKind } from '@trtc-smart/core/media';
import type { JsonValue } from '@trtc-smart/testkit';
import type { PartyMedia } from '../../sim/party-media.js';

/** What every part of a card's media panel gets: the user, their media controls, and the stage. */
export interface PanelContext {
  readonly id: string;
  readonly media: PartyMedia;
  /** Calls an SDK method on this user through the stage (recorded for replay; failures logged). */
  invoke(method: string, params?: JsonValue): void;
  /** Fake devices in and out: the fake cloud only. */
  readonly plug?: (kind: DeviceKind, device: DeviceInfo) => void;
  readonly unplug?: (kind: DeviceKind, deviceId: string) => void;
}

/** One part of the panel: its element, and a redraw from the SDK's state. */
export interface PanelPart {
  readonly el: HTMLElement;
  update(): void;
  /** Stops what the part runs by itself (generated pictures). */
  dispose?(): void;
}
