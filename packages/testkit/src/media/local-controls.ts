import type {
  BeautyStyle,
  DeviceInfo,
  DeviceKind,
  MediaPortEvent,
  VirtualBackground,
} from '@trtc-smart/core/media';
import type { ClientDevice } from '../adapter/client-device.js';
import type { FakeView } from '../adapter/fake-view.js';
import { FakeMediaDevices } from './fake-media-devices.js';
import type { FakeTrack, FakeTrackSnapshot } from './fake-music.js';

/** What `cloud.mediaState(user).controls` shows of a device's media controls. */
export interface ControlsSnapshot {
  readonly music: readonly FakeTrackSnapshot[];
  /** Whether a published track mixes into the microphone now (the others' volumes rise). */
  readonly musicMixed: boolean;
  readonly beauty: BeautyStyle | null;
  readonly background: VirtualBackground;
  readonly devices: Readonly<
    Record<DeviceKind, { readonly current: string | null; readonly list: readonly DeviceInfo[] }>
  >;
  readonly screenShare: 'off' | 'on';
  /** Remote users whose substream this device sees, and the views it renders them in. */
  readonly remoteSubStreams: readonly string[];
  readonly subViews: Readonly<Record<string, FakeView>>;
}

/** One device's media-controls SDK state (made on first use: most fake devices never touch it). */
export class LocalControls {
  readonly music = new Map<number, FakeTrack>();
  beauty: BeautyStyle | null = null;
  background: VirtualBackground = { type: 'none' };
  readonly devices = new FakeMediaDevices();
  screenShare: 'off' | 'on' = 'off';
  readonly remoteSubStreams = new Set<string>();
  readonly subViews = new Map<string, FakeView>();
  /** What the cloud was last told about the mix. */
  mixed = false;
  /** The port's event sink, once a port exists. */
  emit: ((event: MediaPortEvent) => void) | undefined;

  snapshot(): ControlsSnapshot {
    return {
      music: [...this.music.values()].map((t) => t.snapshot()),
      musicMixed: this.mixed,
      beauty: this.beauty,
      background: this.background,
      devices: this.devices.snapshot(),
      screenShare: this.screenShare,
      remoteSubStreams: [...this.remoteSubStreams],
      subViews: Object.fromEntries(this.subViews),
    };
  }
}

const controls = new WeakMap<ClientDevice, LocalControls>();

export function controlsOf(device: ClientDevice): LocalControls {
  let local = controls.get(device);
  if (!local) {
    local = new LocalControls();
    controls.set(device, local);
  }
  return local;
}

/** A device's controls snapshot without making any. */
export const controlsSnapshot = (device: ClientDevice): ControlsSnapshot =>
  (controls.get(device) ?? new LocalControls()).snapshot();

/** What the cloud pushes to a device's media controls (a remote substream). */
export function receiveControls(device: ClientDevice, event: MediaPortEvent): void {
  const local = controlsOf(device);
  if (event.type === 'subStreamAvailable') {
    if (event.available) local.remoteSubStreams.add(event.userId);
    else {
      local.remoteSubStreams.delete(event.userId);
      local.subViews.delete(event.userId);
    }
  }
  local.emit?.(event);
}

/** A device plugged in by the test: the SDK reports it (onDeviceChange 'add'). */
export function plugDevice(device: ClientDevice, kind: DeviceKind, info: DeviceInfo): void {
  const local = controlsOf(device);
  for (const event of local.devices.plug(kind, info)) local.emit?.(event);
}

/** A device unplugged by the test: 'remove', then 'active' for the fallback if it was in use. */
export function unplugDevice(device: ClientDevice, kind: DeviceKind, deviceId: string): void {
  const local = controlsOf(device);
  for (const event of local.devices.unplug(kind, deviceId)) local.emit?.(event);
}

/** The device left its last room: TRTC drops what it received there (remote screen shares and their views). */
export function leftAllRooms(device: ClientDevice): void {
  const local = controls.get(device);
  local?.remoteSubStreams.clear();
  local?.subViews.clear();
}
