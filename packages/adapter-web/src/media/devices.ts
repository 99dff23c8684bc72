import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import type { DeviceInfo, DeviceKind, MediaPortEvent } from '@trtc-smart/core/media';
import { sdkCall } from '../errors.js';
import type { TrtcClient, TrtcSdk } from '../sdk.js';
import { trtcCaller } from '../trtc-room.js';

type DeviceEvent = Extract<MediaPortEvent, { type: 'deviceChange' }>;

/**
 * Device lists and choices over TRTC's static device calls and its DEVICE_CHANGED event. A choice
 * made while the device is off is applied when TRTC reports that kind active. The device in use
 * being unplugged falls back to the default one (the first TRTC lists): TRTC then reports that
 * one 'active', after the 'remove', which is how the app hears of the fallback.
 */
export function createDevices(TRTC: TrtcSdk, trtc: TrtcClient, emit: (event: DeviceEvent) => void) {
  const call = trtcCaller(trtc);
  const lists: Record<DeviceKind, () => Promise<MediaDeviceInfo[]>> = {
    camera: () => TRTC.getCameraList(),
    microphone: () => TRTC.getMicrophoneList(),
    speaker: () => TRTC.getSpeakerList(),
  };
  const inUse: Partial<Record<DeviceKind, string>> = {};
  const wanted: Partial<Record<DeviceKind, string>> = {};
  const list = async (kind: DeviceKind): Promise<DeviceInfo[]> =>
    (await sdkCall('TRTC', lists[kind])).map(({ deviceId, label }) => ({ deviceId, label }));

  /** Switches a running camera or microphone (one that is off switches when it starts), or the speaker. */
  const use = async (kind: DeviceKind, deviceId: string): Promise<void> => {
    if (kind === 'speaker') await sdkCall('TRTC', () => TRTC.setCurrentSpeaker(deviceId));
    else if (kind === 'camera') {
      if (trtc.getVideoTrack()) await call((t) => t.updateLocalVideo({ option: { cameraId: deviceId } }));
    } else if (trtc.getAudioTrack()) {
      await call((t) => t.updateLocalAudio({ option: { microphoneId: deviceId } }));
    }
  };

  const fallBack = async (kind: DeviceKind, removed: string): Promise<void> => {
    if (wanted[kind] === removed) delete wanted[kind];
    delete inUse[kind];
    const fallback = (await list(kind).catch(() => []))[0]?.deviceId;
    if (fallback !== undefined) await use(kind, fallback).catch(() => undefined);
  };

  return {
    getDeviceList: ({ kind }: { readonly kind: DeviceKind }) => list(kind),
    async setCurrentDevice({ kind, deviceId }: { readonly kind: DeviceKind; readonly deviceId: string }) {
      const known = await list(kind);
      if (!known.some((d) => d.deviceId === deviceId)) {
        throw new TrtcSmartError(ErrorCode.NOT_FOUND, `deviceId: no ${kind} ${deviceId} is plugged in`);
      }
      // Chosen before switching: the switch's own 'active' report must not switch back to an older choice.
      const previous = wanted[kind];
      wanted[kind] = deviceId;
      try {
        await use(kind, deviceId);
      } catch (error) {
        if (previous === undefined) delete wanted[kind];
        else wanted[kind] = previous;
        throw error;
      }
    },
    /** TRTC's DEVICE_CHANGED, as the port reports it. */
    onDeviceChanged(
      kind: DeviceKind,
      state: 'add' | 'remove' | 'active',
      { deviceId }: MediaDeviceInfo,
    ): void {
      emit({ type: 'deviceChange', kind, deviceId, state });
      if (state === 'active') {
        inUse[kind] = deviceId;
        const choice = wanted[kind];
        // The kind started on another device than the one chosen while it was off.
        if (choice !== undefined && choice !== deviceId && kind !== 'speaker') {
          void use(kind, choice).catch(() => undefined);
        }
      } else if (state === 'remove' && inUse[kind] === deviceId) {
        void fallBack(kind, deviceId);
      }
    },
  };
}
