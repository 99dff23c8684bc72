import type { MediaPortEvent } from '@trtc-smart/core/media';
import { createFakeCloud, type FakeCloud } from '@trtc-smart/testkit';
import { createWebAdapter, type WebAdapter } from '../../src/index.js';
import type { AudioElement } from '../../src/media/audio-element.js';
import {
  createWebMediaControls,
  type WebMediaControls,
  type WebMediaControlsOptions,
} from '../../src/media/index.js';
import { chatDouble } from '../doubles/chat-double.js';
import { type TrtcDoubleViews, trtcDouble } from '../doubles/trtc-double.js';
import { BasicBeautyDouble, TrtcMediaDouble, virtualBackgroundDouble } from '../doubles/trtc-media-double.js';

/** An `<audio>` element stand-in: it "loads" a url's metadata (its duration) on the next turn, and records playback. */
export class FakeAudio extends EventTarget implements AudioElement {
  currentTime = 0;
  volume = 1;
  loop = false;
  duration = Number.NaN;
  preload: '' | 'none' | 'metadata' | 'auto' = 'auto';
  playing = false;

  constructor(
    public src: string,
    durations: ReadonlyMap<string, number>,
  ) {
    super();
    const seconds = durations.get(src);
    // Metadata arrives after the element is made, as in a page; an unknown url fails to load, a NaN one never loads.
    queueMicrotask(() => {
      if (seconds === undefined) this.dispatchEvent(new Event('error'));
      else if (!Number.isNaN(seconds)) {
        this.duration = seconds;
        this.dispatchEvent(new Event('loadedmetadata'));
      }
    });
  }

  async play(): Promise<void> {
    this.playing = true;
  }

  pause(): void {
    this.playing = false;
  }
}

export interface MediaWorld {
  readonly cloud: FakeCloud;
  readonly adapter: WebAdapter;
  readonly media: WebMediaControls;
  readonly trtc: TrtcMediaDouble;
  readonly events: MediaPortEvent[];
  /** Every audio element the controls made (duration probes and local players). */
  readonly audios: FakeAudio[];
  /** Durations (s) of the urls the fake "network" serves; NaN: never loads. */
  readonly durations: Map<string, number>;
  /** What isSupported() of the virtual background double answers. */
  vbSupported: boolean;
  /** How many times each plugin was loaded. */
  readonly loads: Record<'BasicBeauty' | 'VirtualBackground', number>;
}

/** The media controls over createWebAdapter on SDK doubles, one user, virtual time. */
export function mediaWorld(
  options: Pick<WebMediaControlsOptions, 'assetsPath'> = { assetsPath: '/assets/' },
): MediaWorld {
  const cloud = createFakeCloud();
  const device = cloud.adapter('alice');
  const trtc = new TrtcMediaDouble();
  const views: TrtcDoubleViews = { local: undefined, remote: new Map(), plugins: [], media: trtc };
  const adapter = createWebAdapter({
    sdkAppId: cloud.options.sdkAppId,
    TRTC: trtcDouble(device, views),
    TencentCloudChat: chatDouble(device),
    clock: device.clock,
    random: device.random,
  });
  const audios: FakeAudio[] = [];
  const durations = new Map<string, number>([['https://music.example/song.mp3', 10]]);
  const loads = { BasicBeauty: 0, VirtualBackground: 0 };
  const world: MediaWorld = {
    cloud,
    adapter,
    trtc,
    events: [],
    audios,
    durations,
    vbSupported: true,
    loads,
    media: createWebMediaControls(adapter, {
      ...options,
      createAudio: (url) => {
        const audio = new FakeAudio(url, durations);
        audios.push(audio);
        return audio;
      },
      plugins: {
        BasicBeauty: async () => {
          loads.BasicBeauty++;
          return BasicBeautyDouble;
        },
        VirtualBackground: async () => {
          loads.VirtualBackground++;
          return virtualBackgroundDouble(() => world.vbSupported);
        },
      },
    }),
  };
  world.media.events$.subscribe((event) => world.events.push(event));
  return world;
}

/** A rejection's code and message (or 'resolved'). */
export const outcome = (work: Promise<unknown>) =>
  work.then(
    () => 'resolved' as const,
    (error: { code?: number; message?: string }) => ({ code: error.code, message: error.message }),
  );

/** Logs the world's user (alice) in: the camera and the virtual background need a user. */
export async function logIn(world: MediaWorld): Promise<void> {
  const { cloud, adapter } = world;
  await cloud.run(
    adapter.session.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 'dev-sig-alice' }),
  );
}
