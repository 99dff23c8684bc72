// The media controls' options, results and events; definitions.ts has the contract that uses them.

/** A track to play (every field resolved: core fills the defaults). */
export interface StartPlayMusicOptions {
  /** The app's id for the track, an integer >= 0. */
  id: number;
  /** Where the audio file is: http(s), or a path the platform reads. */
  url: string;
  /** Extra plays after the first. */
  loopCount: number;
  /** Mix the track into the published audio so the others hear it. */
  publish: boolean;
  /** Where to start, ms. */
  startTimeMs: number;
}

/** `startPlayMusic`'s result. */
export interface StartPlayMusicResult {
  /** The track's duration, ms; 0 if unknown. */
  durationMs: number;
}

/** A track, by id. */
export interface MusicIdOptions {
  id: number;
}

/** Where to move a track. */
export interface SeekMusicOptions {
  id: number;
  /** Ms from the start, at most the track's duration. */
  positionMs: number;
}

/** A track's volume. */
export interface MusicVolumeOptions {
  id: number;
  /** 0-100. */
  volume: number;
}

/** The beauty filter (TRTC's beauty manager); every level 0 turns it off. */
export interface BeautyStyleOptions {
  style: 'smooth' | 'natural';
  /** Skin smoothing, 0-9. */
  beauty: number;
  /** Whitening, 0-9. */
  whiteness: number;
  /** Ruddiness, 0-9. */
  ruddiness: number;
}

/** The local camera's background: none, blurred or replaced by an image. */
export type VirtualBackgroundOptions = NoBackground | BlurBackground | ImageBackground;

/** No virtual background. */
export interface NoBackground {
  type: 'none';
}

/** A blurred background. */
export interface BlurBackground {
  type: 'blur';
  /** 1-10; the platform's default (3) when absent. */
  blurLevel?: number;
}

/** An image behind the user. */
export interface ImageBackground {
  type: 'image';
  /** An http(s), data: or blob: URL, or a path the platform reads. */
  imageUrl: string;
}

/** A kind of media device. */
export type PluginDeviceKind = 'camera' | 'microphone' | 'speaker';

/** Devices of one kind. */
export interface DeviceKindOptions {
  kind: PluginDeviceKind;
}

/** `getDeviceList`'s result. */
export interface DeviceListResult {
  devices: PluginDeviceInfo[];
}

/** One device. */
export interface PluginDeviceInfo {
  deviceId: string;
  label: string;
}

/** The device to use. */
export interface CurrentDeviceOptions {
  kind: PluginDeviceKind;
  /** One of `getDeviceList`'s deviceIds for that kind. */
  deviceId: string;
}

/** How to share the screen. */
export interface ScreenShareOptions {
  /** Publish the share as the substream (else capture only). */
  publish: boolean;
}

/** A track's position. */
export interface MusicProgressEvent {
  id: number;
  positionMs: number;
  /** 0 while unknown. */
  durationMs: number;
}

/** A track, by id. */
export interface MusicIdEvent {
  id: number;
}

/** A device was plugged, unplugged or became the one in use. */
export interface DeviceChangeEvent {
  kind: PluginDeviceKind;
  deviceId: string;
  state: 'add' | 'remove' | 'active';
}

/** The link's statistics. */
export interface StatisticsEvent {
  statistics: PluginStatistics;
}

/** TRTC's statistics, reduced to what every platform reports. */
export interface PluginStatistics {
  /** Round trip to the server, ms. */
  rtt: number;
  /** Upstream packet loss, percent 0-100. */
  upLoss: number;
  /** Downstream packet loss, percent 0-100. */
  downLoss: number;
  local: LocalStatistics;
  remote: RemoteStatistics[];
}

/** What this user sends. */
export interface LocalStatistics {
  audioBitrateKbps: number;
  videoBitrateKbps: number;
  width: number;
  height: number;
  frameRate: number;
}

/** What this user receives from one remote user's stream. */
export interface RemoteStatistics extends LocalStatistics {
  userId: string;
  /** The camera ('main') or the screen share ('sub'). */
  streamType: 'main' | 'sub';
}
