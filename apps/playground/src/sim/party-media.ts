import type { DeviceInfo, DeviceKind, MediaEvent, MediaState, MediaStatistics } from '@trtc-smart/core/media';

/** How many voice-volume readings a card keeps per remote user (its meter shows their minimum). */
export const VOLUME_WINDOW = 4;

export const DEVICE_KINDS: readonly DeviceKind[] = ['camera', 'microphone', 'speaker'];

/** What a card's media panel reads of a user's media controls (the SDK's own account of them). */
export interface PartyMedia {
  state(): MediaState;
  /** The newest onStatistics, or null before the first. */
  statistics(): MediaStatistics | null;
  /** The last voice volumes heard from each remote user, oldest first (calls report them). */
  volumes(): ReadonlyMap<string, readonly number[]>;
  /** The plugged devices of a kind, as the platform lists them (getCameraList and the others). */
  devices(kind: DeviceKind): readonly DeviceInfo[];
  /** The last fallback the SDK reported: the device in use was unplugged and another took over. */
  notice(): string;
  /** Whether startScreenShare may start now (in a call, or publishing in a room). */
  canShare(): boolean;
}

type Instance = { getSnapshot(): { readonly status: string; readonly media: MediaState } };
type AnyEvent = { readonly eventType: string };

/**
 * A user's media controls as its card shows them: fed the instance's events, it keeps the
 * statistics, the volumes and the fallback notice. Device lists come from the platform's own
 * account (`deviceList`, read without a call): SDK reads made by the card would land in the trace
 * at times no replay could reproduce.
 */
export function partyMedia(
  sdk: Instance,
  canShare: (status: string) => boolean,
  deviceList: (kind: DeviceKind) => readonly DeviceInfo[],
): PartyMedia & { observe(event: AnyEvent): void } {
  let statistics: MediaStatistics | null = null;
  const volumes = new Map<string, number[]>();
  /** Every device's label seen, so an unplugged one is still named. */
  const labels = new Map<string, string>();
  const learn = (kind: DeviceKind) => {
    for (const d of deviceList(kind)) labels.set(`${kind}:${d.deviceId}`, d.label);
  };
  for (const kind of DEVICE_KINDS) learn(kind);
  /** A kind whose device was just removed: its label, until the SDK names the one now active. */
  const removed = new Map<DeviceKind, string>();
  let notice = '';
  const labelOf = (kind: DeviceKind, deviceId: string) => labels.get(`${kind}:${deviceId}`) ?? deviceId;

  const observe = (event: AnyEvent) => {
    const e = event as MediaEvent | { eventType: 'onUserVoiceVolume'; volumeList: readonly VolumeOf[] };
    switch (e.eventType) {
      case 'onStatistics': {
        const { eventType: _, ...rest } = e;
        statistics = rest;
        return;
      }
      case 'onUserVoiceVolume':
        for (const { userId, volume } of e.volumeList) {
          const seen = volumes.get(userId) ?? [];
          volumes.set(userId, [...seen, volume].slice(-VOLUME_WINDOW));
        }
        return;
      case 'onDeviceChange':
        learn(e.kind);
        if (e.state === 'remove') removed.set(e.kind, labelOf(e.kind, e.deviceId));
        if (e.state === 'active') {
          const gone = removed.get(e.kind);
          if (gone !== undefined)
            notice = `${e.kind} "${gone}" was unplugged: the SDK fell back to "${labelOf(e.kind, e.deviceId)}"`;
          removed.delete(e.kind);
        }
        return;
    }
  };

  return {
    state: () => sdk.getSnapshot().media,
    statistics: () => statistics,
    volumes: () => volumes,
    devices: deviceList,
    notice: () => notice,
    canShare: () => canShare(sdk.getSnapshot().status),
    observe,
  };
}

interface VolumeOf {
  readonly userId: string;
  readonly volume: number;
}

/** Events shown in the media panel instead of the log: they come every second or two. */
export const MEDIA_QUIET: ReadonlySet<string> = new Set(['onStatistics', 'onMusicProgress']);
