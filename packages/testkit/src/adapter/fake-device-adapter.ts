import type {
  CallMediaPort,
  CallSignalingPort,
  LiveMediaPort,
  LiveSignalingPort,
  SessionPort,
} from '@trtc-smart/core';
import type { MediaControlsPort } from '@trtc-smart/core/media';
import type { Trace } from '../cloud/trace.js';
import { type ControlsSnapshot, controlsSnapshot } from '../media/local-controls.js';
import { createMediaControlsPort } from '../media/media-controls-port.js';
import { deriveSeed, SeededRandom } from '../random/seeded-random.js';
import { createCallMediaPort } from './call-media-port.js';
import { createCallSignalingPort } from './call-signaling-port.js';
import type { ClientDevice } from './client-device.js';
import type { DeviceClock } from './device-clock.js';
import { type FakeView, fakeViewRule } from './fake-view.js';
import { createImGroupsClient, type ImGroupsClient } from './im-groups-client.js';
import { createImSignalingClient, type ImSignalingClient } from './im-signaling-client.js';
import type { LiveMediaSnapshot } from './live-device.js';
import { createLiveMediaPort } from './live-media-port.js';
import { createLiveSignalingPort } from './live-signaling-port.js';
import type { MediaStateSnapshot } from './local-media.js';
import { createSessionPort } from './session-port.js';

/** What every device of one cloud shares: the trace and the cloud's room lookups (each has its own clock). */
export interface FakeAdapterEnv {
  readonly seed: number;
  readonly trace: Trace;
  /** Whether the cloud's call room holds this user (remote views need a stream to play). */
  readonly roomHas: (roomId: number, userId: string) => boolean;
  /** Whether a user publishes in (or is mixed into) the cloud's live room. */
  readonly publishes: (roomId: number, userId: string) => boolean;
  /** A device's round trip to the cloud, ms (media statistics). */
  readonly rttMs: (deviceId: string) => number;
}

/** The ports built on first access: a live-room audience never touches the call ports or the IM clients. */
const LAZY = ['callSignaling', 'callMedia', 'random', 'imSignaling', 'imGroups', 'media'] as const;

/** Shared by every FakeDeviceAdapter (filled in by its static block). */
const lazyPorts: PropertyDescriptorMap = {};

/**
 * One fake device's ports. The session and live ports are built at once; the rest on first access,
 * so a crowd of 10,000 live-room devices pays only for what it uses (issue 3's heap figure).
 * The lazy ports are own enumerable getters, so spreading an adapter (`{ ...adapter, liveSignaling }`)
 * still copies every port; the getters are the same functions for every device, so V8 keeps one
 * object shape for all of them instead of a property dictionary each.
 */
export class FakeDeviceAdapter {
  readonly deviceId: string;
  readonly session: SessionPort;
  readonly liveSignaling: LiveSignalingPort;
  readonly liveMedia: LiveMediaPort<FakeView>;
  readonly clock: DeviceClock;
  readonly views = fakeViewRule;
  declare readonly callSignaling: CallSignalingPort;
  declare readonly callMedia: CallMediaPort<FakeView>;
  declare readonly random: SeededRandom;
  declare readonly imSignaling: ImSignalingClient;
  declare readonly imGroups: ImGroupsClient;
  /** The media controls (music, beauty, background, devices, screen share, statistics). */
  declare readonly media: MediaControlsPort<FakeView>;
  readonly #device: ClientDevice;
  readonly #env: FakeAdapterEnv;
  #callSignaling: CallSignalingPort | undefined;
  #callMedia: CallMediaPort<FakeView> | undefined;
  #random: SeededRandom | undefined;
  #imSignaling: ImSignalingClient | undefined;
  #imGroups: ImGroupsClient | undefined;
  #media: MediaControlsPort<FakeView> | undefined;

  constructor(device: ClientDevice, env: FakeAdapterEnv) {
    this.#device = device;
    this.#env = env;
    this.deviceId = device.id;
    this.session = createSessionPort(device, env.trace);
    this.liveSignaling = createLiveSignalingPort(device, env.trace);
    this.liveMedia = createLiveMediaPort(device, { trace: env.trace, publishes: env.publishes });
    this.clock = device.clock;
    Object.defineProperties(this, lazyPorts);
  }

  mediaState(): MediaStateSnapshot & { readonly controls: ControlsSnapshot } {
    return { ...this.#device.media.snapshot(this.deviceId), controls: controlsSnapshot(this.#device) };
  }

  liveMediaState(): LiveMediaSnapshot {
    return this.#device.live.local.snapshot();
  }

  static {
    const lazy = <K extends (typeof LAZY)[number]>(
      name: K,
      get: (this: FakeDeviceAdapter) => FakeDeviceAdapter[K],
    ) => {
      lazyPorts[name] = { get, enumerable: true };
    };
    lazy('callSignaling', function () {
      this.#callSignaling ??= createCallSignalingPort(this.#device, this.#env.trace);
      return this.#callSignaling;
    });
    lazy('callMedia', function () {
      this.#callMedia ??= createCallMediaPort(this.#device, {
        trace: this.#env.trace,
        roomHas: this.#env.roomHas,
      });
      return this.#callMedia;
    });
    // Its stream starts at its first draw either way: built late, it draws the same numbers.
    lazy('random', function () {
      this.#random ??= new SeededRandom(deriveSeed(this.#env.seed, `adapter:${this.deviceId}`));
      return this.#random;
    });
    lazy('imSignaling', function () {
      this.#imSignaling ??= createImSignalingClient(this.#device, this.#env.trace);
      return this.#imSignaling;
    });
    lazy('media', function () {
      const env = this.#env;
      this.#media ??= createMediaControlsPort(this.#device, {
        trace: env.trace,
        rttMs: () => env.rttMs(this.deviceId),
      });
      return this.#media;
    });
    lazy('imGroups', function () {
      this.#imGroups ??= createImGroupsClient(this.#device, this.#env.trace);
      return this.#imGroups;
    });
  }
}
