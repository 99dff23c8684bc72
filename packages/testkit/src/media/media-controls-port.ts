import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { invalidParameter } from '@trtc-smart/core/adapter-kit';
import type { MediaControlsPort, MediaPortEvent, MediaStatistics } from '@trtc-smart/core/media';
import { Subject } from 'rxjs';
import type { ClientDevice } from '../adapter/client-device.js';
import { type FakeView, fakeViewRule } from '../adapter/fake-view.js';
import { tracedCall } from '../adapter/traced-call.js';
import type { Trace } from '../cloud/trace.js';
import { FakeTrack } from './fake-music.js';
import { controlsOf, type LocalControls } from './local-controls.js';

/** The fake SDK reports statistics this often while in a room, as TRTC does. */
export const FAKE_STATISTICS_INTERVAL_MS = 2000;

export interface MediaControlsPortDeps {
  readonly trace: Trace;
  /** The device's round trip to the cloud, ms. */
  readonly rttMs: () => number;
}

/**
 * The fake TRTC media managers: music on the device clock (a published track tells the cloud, whose
 * volume events then rise), beauty, background and devices as local state, screen share as a
 * substream the cloud announces to the room, statistics every 2 s while in a room.
 */
export function createMediaControlsPort(
  device: ClientDevice,
  deps: MediaControlsPortDeps,
): MediaControlsPort<FakeView> {
  const local = controlsOf(device);
  const events = new Subject<MediaPortEvent>();
  local.emit = (event) => events.next(event);
  const call = <T>(method: string, params: unknown, run: () => Promise<T> | T) =>
    tracedCall(deps.trace, device.id, `mediaControls.${method}`, params, async () => run());
  const track = (id: number) => {
    const t = local.music.get(id);
    if (!t) throw new TrtcSmartError(ErrorCode.INVALID_STATE, `no music with id ${id}`);
    return t;
  };
  const inRoom = () => device.media.roomId !== undefined || device.live.local.roomId !== undefined;
  /** Tells the cloud whether a published, playing track mixes into the microphone. */
  const mix = async () => {
    const mixed = [...local.music.values()].some((t) => t.publish && !t.paused);
    if (mixed === local.mixed) return;
    local.mixed = mixed;
    await device.request('mediaControls.mix', { music: mixed }).catch(() => {});
  };
  const report = {
    progress: (t: FakeTrack) =>
      events.next({ type: 'musicProgress', id: t.id, positionMs: t.positionMs, durationMs: t.durationMs }),
    complete: (t: FakeTrack) => {
      local.music.delete(t.id);
      void mix();
      events.next({ type: 'musicComplete', id: t.id });
    },
  };
  const remoteLeft = (userId: string) => {
    if (!local.remoteSubStreams.delete(userId)) return;
    local.subViews.delete(userId);
    events.next({ type: 'subStreamAvailable', userId, available: false });
  };
  device.media$.subscribe((e) => e.type === 'userLeft' && remoteLeft(e.userId));
  device.live.media$.subscribe((e) => e.type === 'anchorLeft' && remoteLeft(e.userId));
  const statistics = (): MediaStatistics => {
    const zero = { audioBitrateKbps: 0, videoBitrateKbps: 0, width: 0, height: 0, frameRate: 0 };
    const camera = device.media.cameraOn || device.live.local.previewView !== undefined;
    const video = camera ? { videoBitrateKbps: 900, width: 640, height: 480, frameRate: 15 } : {};
    return {
      rtt: deps.rttMs(),
      upLoss: 0,
      downLoss: 0,
      local: { ...zero, audioBitrateKbps: 40, ...video },
      remote: [
        // What the device receives: a call room's users, the live streams it plays, the screen shares it renders.
        ...[...device.media.present, ...device.live.local.played()].map((userId) => ({
          ...zero,
          userId,
          streamType: 'main' as const,
          audioBitrateKbps: 40,
        })),
        ...[...local.subViews.keys()].map((userId) => ({
          ...zero,
          userId,
          streamType: 'sub' as const,
          videoBitrateKbps: 1200,
          width: 1920,
          height: 1080,
          frameRate: 10,
        })),
      ],
    };
  };
  // Ticks only while someone listens (a media-enabled instance, until it is destroyed).
  const tick = () => {
    if (!events.observed) return;
    if (inRoom()) events.next({ type: 'statistics', statistics: statistics() });
    device.clock.setTimeout(tick, FAKE_STATISTICS_INTERVAL_MS);
  };
  let ticking = false;
  const observable = events.asObservable();
  return {
    platform: 'the fake cloud',
    get events$() {
      if (!ticking) {
        ticking = true;
        device.clock.setTimeout(() => {
          ticking = false;
          tick();
        }, FAKE_STATISTICS_INTERVAL_MS);
      }
      return observable;
    },
    startPlayMusic: (p) =>
      call('startPlayMusic', p, async () => {
        device.requireTrtcLogin();
        local.music.get(p.id)?.stop();
        const t = new FakeTrack(p.id, p.url, p.publish, p.loopCount, p.startTimeMs, device.clock, report);
        local.music.set(p.id, t);
        // The track plays now; the cloud hears of the mix on its own time (TRTC's start does not wait for it).
        void mix();
        return { durationMs: t.durationMs };
      }),
    stopPlayMusic: (p) =>
      call('stopPlayMusic', p, async () => {
        track(p.id).stop();
        local.music.delete(p.id);
        await mix();
      }),
    pausePlayMusic: (p) =>
      call('pausePlayMusic', p, async () => {
        track(p.id).pause();
        await mix();
      }),
    resumePlayMusic: (p) =>
      call('resumePlayMusic', p, async () => {
        track(p.id).resume();
        await mix();
      }),
    seekMusic: (p) =>
      call('seekMusic', p, () => {
        const t = track(p.id);
        t.positionMs = Math.min(p.positionMs, t.durationMs);
      }),
    setMusicVolume: (p) =>
      call('setMusicVolume', p, () => {
        track(p.id).volume = p.volume;
      }),
    setBeautyStyle: (p) =>
      call('setBeautyStyle', p, () => {
        const off = p.beauty === 0 && p.whiteness === 0 && p.ruddiness === 0;
        local.beauty = off ? null : { ...p };
      }),
    setVirtualBackground: (p) =>
      call('setVirtualBackground', p, () => {
        local.background = { ...p };
      }),
    getDeviceList: (p) => call('getDeviceList', p, () => local.devices.list(p.kind)),
    setCurrentDevice: (p) =>
      call('setCurrentDevice', p, () => {
        const switched = local.devices.use(p.kind, p.deviceId);
        if (!switched) throw invalidParameter('deviceId', `no ${p.kind} ${p.deviceId}`);
        for (const event of switched) events.next(event);
      }),
    startScreenShare: (p) =>
      call('startScreenShare', p, async () => {
        if (!inRoom()) throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'not in a room');
        local.screenShare = 'on';
        if (!p.publish) return;
        // A start that fails is no share: the device stops it (and tells the room, in case the cloud heard it).
        await device.request('mediaControls.screenShare', { on: true }).catch((error: unknown) => {
          void stopSharing(device, local);
          throw error;
        });
      }),
    stopScreenShare: () => call('stopScreenShare', undefined, () => stopSharing(device, local)),
    startRemoteSubView: (p) =>
      call('startRemoteSubView', p, () => {
        if (!fakeViewRule.check(p.view)) throw invalidParameter('view', fakeViewRule.explain(p.view));
        if (!local.remoteSubStreams.has(p.userId)) {
          throw new TrtcSmartError(ErrorCode.NOT_FOUND, `${p.userId} shares no screen`);
        }
        local.subViews.set(p.userId, p.view);
      }),
    stopRemoteSubView: (p) =>
      call('stopRemoteSubView', p, () => {
        local.subViews.delete(p.userId);
      }),
  };
}

/** Ends this device's screen share and tells the room (the request may be lost: the share is off here). */
export async function stopSharing(device: ClientDevice, local: LocalControls): Promise<void> {
  if (local.screenShare === 'off') return;
  local.screenShare = 'off';
  await device.request('mediaControls.screenShare', { on: false }).catch(() => {});
}

/** The user ended the share from the browser's own bar: the SDK reports it, and the room loses the substream. */
export function endScreenShare(device: ClientDevice): void {
  const local = controlsOf(device);
  if (local.screenShare === 'off') return;
  void stopSharing(device, local);
  local.emit?.({ type: 'screenShareStopped' });
}
