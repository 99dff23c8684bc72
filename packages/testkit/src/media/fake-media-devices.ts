import type { DeviceInfo, DeviceKind, MediaPortEvent } from '@trtc-smart/core/media';

/** The devices every fake device starts with: one of each kind, the platform's default. */
export const DEFAULT_DEVICES: Readonly<Record<DeviceKind, DeviceInfo>> = {
  camera: { deviceId: 'default-camera', label: 'Fake camera' },
  microphone: { deviceId: 'default-microphone', label: 'Fake microphone' },
  speaker: { deviceId: 'default-speaker', label: 'Fake speaker' },
};

const KINDS: readonly DeviceKind[] = ['camera', 'microphone', 'speaker'];

/** A device's plugged cameras, microphones and speakers, and which ones are in use. */
export class FakeMediaDevices {
  readonly #lists = new Map<DeviceKind, DeviceInfo[]>(KINDS.map((k) => [k, [DEFAULT_DEVICES[k]]]));
  readonly #current = new Map<DeviceKind, string>(KINDS.map((k) => [k, DEFAULT_DEVICES[k].deviceId]));

  list(kind: DeviceKind): readonly DeviceInfo[] {
    return [...(this.#lists.get(kind) ?? [])];
  }

  current(kind: DeviceKind): string | null {
    return this.#current.get(kind) ?? null;
  }

  /** Switches to a plugged device: it is reported 'active' if it was not in use. Null if it is not plugged. */
  use(kind: DeviceKind, deviceId: string): MediaPortEvent[] | null {
    if (!this.list(kind).some((d) => d.deviceId === deviceId)) return null;
    if (this.#current.get(kind) === deviceId) return [];
    this.#current.set(kind, deviceId);
    return [{ type: 'deviceChange', kind, deviceId, state: 'active' }];
  }

  /** Plugs a device in; nothing if one with that id is there already. */
  plug(kind: DeviceKind, device: DeviceInfo): MediaPortEvent[] {
    const list = this.#lists.get(kind) ?? [];
    if (list.some((d) => d.deviceId === device.deviceId)) return [];
    list.push({ deviceId: device.deviceId, label: device.label });
    this.#lists.set(kind, list);
    return [{ type: 'deviceChange', kind, deviceId: device.deviceId, state: 'add' }];
  }

  /** Unplugs a device; the one in use falls back to the first left (the default), and says so. */
  unplug(kind: DeviceKind, deviceId: string): MediaPortEvent[] {
    const list = (this.#lists.get(kind) ?? []).filter((d) => d.deviceId !== deviceId);
    if (list.length === this.#lists.get(kind)?.length) return [];
    this.#lists.set(kind, list);
    const events: MediaPortEvent[] = [{ type: 'deviceChange', kind, deviceId, state: 'remove' }];
    if (this.#current.get(kind) === deviceId) {
      const fallback = list[0];
      if (fallback) {
        this.#current.set(kind, fallback.deviceId);
        events.push({ type: 'deviceChange', kind, deviceId: fallback.deviceId, state: 'active' });
      } else this.#current.delete(kind);
    }
    return events;
  }

  snapshot() {
    return Object.fromEntries(
      KINDS.map((k) => [k, { current: this.current(k), list: this.list(k) }]),
    ) as Record<DeviceKind, { readonly current: string | null; readonly list: readonly DeviceInfo[] }>;
  }
}
