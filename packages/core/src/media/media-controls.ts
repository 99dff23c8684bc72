import type { Subscription } from 'rxjs';
import { parseUserId, parseUserView } from '../domain/common-params.js';
import { ErrorCode, notSupported, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import { destroyedError, notAllowedError } from '../machine/commands.js';
import { ValueHub } from '../ports/event-hub.js';
import type { MediaControls, MediaHost, MediaStage } from './media-host.js';
import {
  parseBackground,
  parseBeauty,
  parseDeviceId,
  parseMusicId,
  parseMusicVolume,
  parseScreenShare,
  parseSeek,
  parseStartMusic,
  streamTypeOf,
} from './media-params.js';
import type { MediaControlsPort } from './media-port.js';
import { MediaPortEvents } from './media-port-events.js';
import { atLeast, INITIAL_MEDIA, withTrack } from './media-state.js';
import type { DeviceInfo, DeviceKind, MediaMethods, MediaState, MusicTrack } from './media-types.js';

type Status = { readonly status: string };
type AnyHost = MediaHost<unknown, Status>;

/**
 * `media: mediaControls` for createCalling / createLiveRoom: installs the media methods on the
 * instance, merges `media` into its state and routes the media port's events to its events$.
 */
export const mediaControls: MediaControls = (host) => {
  new MediaController(host as unknown as AnyHost).install();
};

/** The feature names NOT_SUPPORTED messages use, per method. */
const FEATURE = {
  music: 'background music and sound effects',
  beauty: 'beauty',
  background: 'virtual background',
  devices: 'device management',
  screenShare: 'screen sharing',
} as const;

/** One instance's media controls: the media part of its state, and the methods over its port. */
export class MediaController {
  readonly media = new ValueHub<MediaState>(INITIAL_MEDIA);
  readonly merged: ValueHub<Status & { readonly media: MediaState }>;
  private readonly subscriptions: Subscription;

  constructor(readonly host: AnyHost) {
    this.merged = new ValueHub({ ...host.getState(), media: INITIAL_MEDIA });
    this.subscriptions = host.state$.subscribe({
      next: (s) => {
        this.onStage(host.stage(s));
        this.merged.next({ ...s, media: this.media.getValue() });
      },
      complete: () => this.dispose(),
    });
    this.subscriptions.add(
      this.media.asObservable().subscribe((media) => this.merged.next({ ...host.getState(), media })),
    );
    const events = host.port?.events$;
    if (events) this.subscriptions.add(events.subscribe(new MediaPortEvents(this)));
  }

  stage(): MediaStage {
    return this.host.stage(this.host.getState());
  }

  update(change: (m: MediaState) => Partial<MediaState>): void {
    const m = this.media.getValue();
    this.media.next({ ...m, ...change(m) });
  }

  /** What a method needs: the instance alive, the stage reached, and a port that has the feature. */
  require(method: string, feature: string, floor: MediaStage, rule?: string): MediaControlsPort<unknown> {
    const state = this.host.getState();
    const stage = this.host.stage(state);
    if (stage === 'destroyed') throw destroyedError(method);
    if (!atLeast(stage, floor)) throw notAllowedError(method, state.status, rule ?? 'log in first');
    const port = this.host.port;
    if (!port) throw notSupported(`${method} (${feature})`, 'this platform: its adapter has no media port');
    return port;
  }

  track(method: string, id: number): MusicTrack {
    const track = this.media.getValue().music.find((t) => t.id === id);
    if (!track) throw invalidState(method, `no music with id ${id} is playing or paused`);
    return track;
  }

  /** Leaving a stage ends what needs it: no screen share outside a call, no music once logged out. */
  private onStage(stage: MediaStage): void {
    const m = this.media.getValue();
    const port = this.host.port;
    if (!port) return;
    if (m.screenShare !== 'off' && !atLeast(stage, 'publishing')) {
      port.stopScreenShare().catch(() => {});
      this.update(() => ({ screenShare: 'off' }));
    }
    if (m.remoteSubStreams.length > 0 && !atLeast(stage, 'inMedia'))
      this.update(() => ({ remoteSubStreams: [] }));
    if (m.music.length > 0 && !atLeast(stage, 'loggedIn')) {
      for (const { id } of m.music) port.stopPlayMusic({ id }).catch(() => {});
      this.update(() => ({ music: [] }));
    }
  }

  private dispose(): void {
    this.subscriptions.unsubscribe();
    this.media.complete();
    this.merged.complete();
  }

  install(): void {
    const target = this.host.target as Record<string, unknown>;
    Object.assign(target, this.methods());
    Object.defineProperty(target, 'state$', { get: () => this.merged.asObservable(), configurable: true });
    // getSnapshot is a getter on the API's prototype (made on first read): define, do not assign.
    Object.defineProperty(target, 'getSnapshot', {
      value: () => this.merged.getValue(),
      configurable: true,
      writable: true,
    });
    this.wrapRemoteViews(target);
  }

  /** startRemoteView / startPlay (and their stops) take `streamType: 'sub'` for a screen share. */
  private wrapRemoteViews(target: Record<string, unknown>): void {
    const { start, stop } = this.host.remoteView;
    const startMain = target[start] as (p: unknown) => Promise<void>;
    const stopMain = target[stop] as (p: unknown) => Promise<void>;
    target[start] = (params: unknown) =>
      run(() => (streamTypeOf(params) === 'sub' ? this.startSubView(start, params) : startMain(params)));
    target[stop] = (params: unknown) =>
      run(() => (streamTypeOf(params) === 'sub' ? this.stopSubView(stop, params) : stopMain(params)));
  }

  private async startSubView(method: string, params: unknown): Promise<void> {
    const { userId, view } = parseUserView(params, method, this.host.views);
    const port = this.require(method, FEATURE.screenShare, 'inMedia', 'only inside a call or room');
    if (!this.media.getValue().remoteSubStreams.includes(userId)) {
      throw invalidState(method, `${userId} shares no screen (wait for onUserSubStreamAvailable)`);
    }
    await call(() => port.startRemoteSubView({ userId, view }));
  }

  private async stopSubView(method: string, params: unknown): Promise<void> {
    const userId = parseUserId(params, method);
    const port = this.require(method, FEATURE.screenShare, 'loggedOut');
    await call(() => port.stopRemoteSubView({ userId }));
  }

  private methods(): MediaMethods {
    const music = (method: string) => this.require(method, FEATURE.music, 'loggedIn');
    const anyTime = (method: string, feature: string) => this.require(method, feature, 'loggedOut');
    const list = (method: string, kind: DeviceKind) =>
      run(async () => {
        const port = anyTime(method, FEATURE.devices);
        const devices = await call(() => port.getDeviceList({ kind }));
        return devices.map(({ deviceId, label }): DeviceInfo => ({ deviceId, label }));
      });
    const setDevice = (method: string, kind: DeviceKind, params: unknown) =>
      run(async () => {
        const { deviceId } = parseDeviceId(params, method);
        const port = anyTime(method, FEATURE.devices);
        const devices = await call(() => port.getDeviceList({ kind }));
        if (!devices.some((d) => d.deviceId === deviceId)) {
          throw new TrtcSmartError(
            ErrorCode.INVALID_PARAMETER,
            `deviceId: must be one of the ${kind} list's deviceIds (got ${JSON.stringify(deviceId)})`,
          );
        }
        await call(() => port.setCurrentDevice({ kind, deviceId }));
        this.update((m) => ({ devices: { ...m.devices, [kind]: deviceId } }));
      });
    // Track calls may finish out of order (a resume still telling the cloud of its mix while a
    // pause is done): a call's change stands only if no later call on the track finished first.
    let calls = 0;
    const applied = new Map<number, number>();
    const onTrack = (
      method: string,
      params: unknown,
      check: (t: MusicTrack) => string | undefined,
      work: (port: MediaControlsPort<unknown>, id: number) => Promise<void>,
      change: Partial<MusicTrack> | null,
    ) =>
      run(async () => {
        const { id } = parseMusicId(params, method);
        const port = music(method);
        const problem = check(this.track(method, id));
        if (problem) throw invalidState(method, problem);
        const seq = ++calls;
        await call(() => work(port, id));
        if ((applied.get(id) ?? 0) > seq) return;
        applied.set(id, seq);
        if (this.media.getValue().music.some((t) => t.id === id)) {
          this.update((m) => ({ music: withTrack(m.music, id, change) }));
        }
      });
    const ok = () => undefined;
    return {
      startPlayMusic: (params) =>
        run(async () => {
          const p = parseStartMusic(params, 'startPlayMusic');
          const port = music('startPlayMusic');
          const { durationMs } = await call(() => port.startPlayMusic(p));
          const track: MusicTrack = {
            id: p.id,
            url: p.url,
            status: 'playing',
            positionMs: p.startTimeMs,
            durationMs: Math.max(0, durationMs || 0),
            volume: this.media.getValue().music.find((t) => t.id === p.id)?.volume ?? 100,
            publish: p.publish,
          };
          this.update((m) => ({ music: [...withTrack(m.music, p.id, null), track] }));
        }),
      stopPlayMusic: (params) =>
        onTrack('stopPlayMusic', params, ok, (port, id) => port.stopPlayMusic({ id }), null),
      pausePlayMusic: (params) =>
        onTrack(
          'pausePlayMusic',
          params,
          (t) => (t.status === 'paused' ? `music ${t.id} is already paused` : undefined),
          (port, id) => port.pausePlayMusic({ id }),
          { status: 'paused' },
        ),
      resumePlayMusic: (params) =>
        onTrack(
          'resumePlayMusic',
          params,
          (t) => (t.status === 'playing' ? `music ${t.id} is not paused` : undefined),
          (port, id) => port.resumePlayMusic({ id }),
          { status: 'playing' },
        ),
      seekMusic: (params) =>
        run(async () => {
          const { id, positionMs } = parseSeek(params, 'seekMusic');
          const port = music('seekMusic');
          const track = this.track('seekMusic', id);
          if (track.durationMs > 0 && positionMs > track.durationMs) {
            throw new TrtcSmartError(
              ErrorCode.INVALID_PARAMETER,
              `positionMs: must be at most the track's duration, ${track.durationMs} ms`,
            );
          }
          await call(() => port.seekMusic({ id, positionMs }));
          this.update((m) => ({ music: withTrack(m.music, id, { positionMs }) }));
        }),
      setMusicVolume: (params) =>
        run(async () => {
          const { id, volume } = parseMusicVolume(params, 'setMusicVolume');
          const port = music('setMusicVolume');
          this.track('setMusicVolume', id);
          await call(() => port.setMusicVolume({ id, volume }));
          this.update((m) => ({ music: withTrack(m.music, id, { volume }) }));
        }),
      setBeautyStyle: (params) =>
        run(async () => {
          const beauty = parseBeauty(params, 'setBeautyStyle');
          const port = anyTime('setBeautyStyle', FEATURE.beauty);
          await call(() => port.setBeautyStyle(beauty));
          this.update(() => ({ beauty }));
        }),
      setVirtualBackground: (params) =>
        run(async () => {
          const background = parseBackground(params, 'setVirtualBackground');
          const port = anyTime('setVirtualBackground', FEATURE.background);
          await call(() => port.setVirtualBackground(background));
          this.update(() => ({ background }));
        }),
      getCameraList: () => list('getCameraList', 'camera'),
      getMicrophoneList: () => list('getMicrophoneList', 'microphone'),
      getSpeakerList: () => list('getSpeakerList', 'speaker'),
      setCurrentCamera: (params) => setDevice('setCurrentCamera', 'camera', params),
      setCurrentMicrophone: (params) => setDevice('setCurrentMicrophone', 'microphone', params),
      setCurrentSpeaker: (params) => setDevice('setCurrentSpeaker', 'speaker', params),
      startScreenShare: (params) =>
        run(async () => {
          const { publish } = parseScreenShare(params, 'startScreenShare');
          const port = this.require(
            'startScreenShare',
            FEATURE.screenShare,
            'publishing',
            this.host.publishingRule,
          );
          const share = this.media.getValue().screenShare;
          if (share !== 'off') {
            throw invalidState(
              'startScreenShare',
              share === 'stopping'
                ? 'the screen share is still stopping (wait for stopScreenShare)'
                : 'the screen is already shared (stopScreenShare first)',
            );
          }
          this.update(() => ({ screenShare: 'starting' }));
          try {
            await call(() => port.startScreenShare({ publish }));
          } catch (error) {
            this.update(() => ({ screenShare: 'off' }));
            throw error;
          }
          // The call or room may have ended meanwhile: onStage already stopped it then.
          if (this.media.getValue().screenShare === 'starting') this.update(() => ({ screenShare: 'on' }));
          else throw new TrtcSmartError(ErrorCode.CANCELLED, 'startScreenShare: the call or room ended');
        }),
      stopScreenShare: () =>
        run(async () => {
          const port = this.require('stopScreenShare', FEATURE.screenShare, 'loggedOut');
          const share = this.media.getValue().screenShare;
          if (share !== 'on') {
            throw invalidState(
              'stopScreenShare',
              share === 'stopping' ? 'the screen share is already stopping' : 'the screen is not shared',
            );
          }
          // `stopping` until answered: a second stop's answer could otherwise land on a new start.
          this.update(() => ({ screenShare: 'stopping' }));
          try {
            await call(() => port.stopScreenShare());
          } catch (error) {
            if (this.media.getValue().screenShare === 'stopping') this.update(() => ({ screenShare: 'on' }));
            throw error;
          }
          if (this.media.getValue().screenShare === 'stopping') this.update(() => ({ screenShare: 'off' }));
        }),
    };
  }
}

const invalidState = (method: string, rule: string) =>
  new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: ${rule}`);

/** Runs a method body: a synchronous throw (bad input, wrong state) becomes a rejection. */
function run<T>(body: () => Promise<T>): Promise<T> {
  try {
    return body();
  } catch (error) {
    return Promise.reject(error);
  }
}

/** A port call: whatever it throws becomes a table error (NOT_SUPPORTED and others pass through). */
async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toTrtcSmartError(error);
  }
}
