import type { DeviceInfo, DeviceKind, MediaEvent, MediaState, MediaStatistics } from '@trtc-smart/core/media';
import type { FakeCloud, JsonValue } from '@trtc-smart/testkit';

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
  /** The remote users whose screen share this device renders, by the platform's account. */
  screensShown(): readonly string[];
  /** The SDK call that starts (`on`) or stops rendering a peer's screen share (streamType 'sub'). */
  screenCommand(peer: string, on: boolean): { readonly method: string; readonly params: JsonValue };
}

/** What the platform itself says of a user's media, read without an SDK call. */
export interface MediaPlatform {
  devices(kind: DeviceKind): readonly DeviceInfo[];
  subViews(): readonly string[];
}

/** The fake cloud's account of a user's devices and rendered screen shares. */
export const fakeMediaPlatform = (cloud: FakeCloud, id: string): MediaPlatform => ({
  devices: (kind) => cloud.mediaState(id)?.controls.devices[kind].list ?? [],
  subViews: () => Object.keys(cloud.mediaState(id)?.controls.subViews ?? {}),
});

/** How a kind of user shares and renders screens. */
export interface MediaRules {
  canShare(status: string): boolean;
  /** The API's remote-view methods: startRemoteView / stopRemoteView, or startPlay / stopPlay. */
  readonly view: { readonly start: string; readonly stop: string };
  /** The view to render a peer's screen in. */
  viewOf(peer: string): JsonValue;
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
  rules: MediaRules,
  platform: MediaPlatform,
): PartyMedia & { observe(event: AnyEvent): void } {
  const deviceList = (kind: DeviceKind) => platform.devices(kind);
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
    canShare: () => rules.canShare(sdk.getSnapshot().status),
    screensShown: () => platform.subViews(),
    screenCommand: (peer, on) =>
      on
        ? { method: rules.view.start, params: { userId: peer, view: rules.viewOf(peer), streamType: 'sub' } }
        : { method: rules.view.stop, params: { userId: peer, streamType: 'sub' } },
    observe,
  };
}

interface VolumeOf {
  readonly userId: string;
  readonly volume: number;
}

/** Events shown in the media panel instead of the log: they come every second or two. */
export const MEDIA_QUIET: ReadonlySet<string> = new Set(['onStatistics', 'onMusicProgress']);
