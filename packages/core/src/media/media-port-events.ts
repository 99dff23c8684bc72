import type { ValueHub } from '../ports/event-hub.js';
import type { MediaHost, MediaStage } from './media-host.js';
import type { MediaPortEvent } from './media-port.js';
import { atLeast, withTrack, withUser } from './media-state.js';
import type { MediaState } from './media-types.js';

/** What the port events change: the media controller's state (an interface, so no import cycle). */
export interface MediaSink {
  readonly media: ValueHub<MediaState>;
  readonly host: Pick<MediaHost<unknown, { readonly status: string }>, 'clock' | 'emit'>;
  stage(): MediaStage;
  update(change: (m: MediaState) => Partial<MediaState>): void;
}

/** onMusicProgress at most this often per track, in the instance's clock. */
export const MUSIC_PROGRESS_INTERVAL_MS = 1000;

/** A media port's events into the instance's state and events$. */
export class MediaPortEvents {
  private readonly lastProgress = new Map<number, number>();

  constructor(private readonly c: MediaSink) {}

  next(e: MediaPortEvent): void {
    const { c } = this;
    const emit = c.host.emit;
    switch (e.type) {
      case 'musicProgress': {
        const track = c.media.getValue().music.find((t) => t.id === e.id);
        if (!track) return;
        const now = c.host.clock.now();
        const last = this.lastProgress.get(e.id);
        if (last !== undefined && now - last < MUSIC_PROGRESS_INTERVAL_MS) return;
        this.lastProgress.set(e.id, now);
        c.update((m) => ({
          music: withTrack(m.music, e.id, { positionMs: e.positionMs, durationMs: e.durationMs }),
        }));
        emit({ eventType: 'onMusicProgress', id: e.id, positionMs: e.positionMs, durationMs: e.durationMs });
        return;
      }
      case 'musicComplete':
        if (!c.media.getValue().music.some((t) => t.id === e.id)) return;
        this.lastProgress.delete(e.id);
        c.update((m) => ({ music: withTrack(m.music, e.id, null) }));
        emit({ eventType: 'onMusicComplete', id: e.id });
        return;
      case 'deviceChange':
        if (e.state === 'active') c.update((m) => ({ devices: { ...m.devices, [e.kind]: e.deviceId } }));
        else if (e.state === 'remove' && c.media.getValue().devices[e.kind] === e.deviceId) {
          // The port falls back to the default and reports it 'active' next.
          c.update((m) => ({ devices: { ...m.devices, [e.kind]: null } }));
        }
        emit({ eventType: 'onDeviceChange', kind: e.kind, deviceId: e.deviceId, state: e.state });
        return;
      case 'screenShareStopped':
        if (c.media.getValue().screenShare === 'off') return;
        c.update(() => ({ screenShare: 'off' }));
        emit({ eventType: 'onScreenShareStopped' });
        return;
      case 'subStreamAvailable':
        if (!atLeast(c.stage(), 'inMedia')) return;
        if (c.media.getValue().remoteSubStreams.includes(e.userId) === e.available) return;
        c.update((m) => ({ remoteSubStreams: withUser(m.remoteSubStreams, e.userId, e.available) }));
        emit({ eventType: 'onUserSubStreamAvailable', userId: e.userId, available: e.available });
        return;
      case 'statistics':
        if (atLeast(c.stage(), 'inMedia')) emit({ eventType: 'onStatistics', ...e.statistics });
        return;
    }
  }

  error(): void {}
  complete(): void {}
}
