import { ErrorCode } from '@trtc-smart/core';
import type { MediaPortEvent } from '@trtc-smart/core/media';
import { describe, expect, it } from 'vitest';
import { MUSIC_PROGRESS_INTERVAL_MS } from '../../src/media/music-player.js';
import { rtcFailure } from '../doubles/trtc-media-double.js';
import { mediaWorld, outcome } from './media-harness.js';

const SONG = 'https://music.example/song.mp3';
/** The port's defaults, as core passes them. */
const play = (
  id: number,
  more: { loopCount?: number; publish?: boolean; startTimeMs?: number; url?: string } = {},
) => ({
  id,
  url: SONG,
  loopCount: 0,
  publish: true,
  startTimeMs: 0,
  ...more,
});
const progress = (events: readonly MediaPortEvent[]) => events.filter((e) => e.type === 'musicProgress');

describe('adapter-web media controls: music and sound effects (AudioMixer, timed)', () => {
  it("startPlayMusic mixes the track into the published audio; progress every 500 ms against the file's duration; complete at its end", async () => {
    const { cloud, media, trtc, events } = mediaWorld();
    expect(await cloud.run(media.startPlayMusic(play(1)))).toEqual({ durationMs: 10_000 });
    expect([...trtc.mixer.values()]).toEqual([
      { id: '1#1', url: SONG, loop: false, volume: 1, paused: false },
    ]);
    await cloud.advance(MUSIC_PROGRESS_INTERVAL_MS * 2);
    expect(progress(events)).toEqual([
      { type: 'musicProgress', id: 1, positionMs: 500, durationMs: 10_000 },
      { type: 'musicProgress', id: 1, positionMs: 1000, durationMs: 10_000 },
    ]);
    await cloud.advance(9000);
    expect(events.at(-2)).toEqual({
      type: 'musicProgress',
      id: 1,
      positionMs: 10_000,
      durationMs: 10_000,
    });
    expect(events.at(-1)).toEqual({ type: 'musicComplete', id: 1 });
    expect(trtc.mixer.size).toBe(0);
    // Over: no more progress, and the id is free.
    const count = events.length;
    await cloud.advance(2000);
    expect(events.length).toBe(count);
    expect(await outcome(media.pausePlayMusic({ id: 1 }))).toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it('loopCount 1 plays the track twice (TRTC loops it; the player stops it after the second play); startTimeMs seeks first', async () => {
    const { cloud, media, trtc, events } = mediaWorld();
    await cloud.run(media.startPlayMusic(play(2, { loopCount: 1, startTimeMs: 4000 })));
    expect(trtc.mixer.get('2#1')).toMatchObject({ loop: true, seekFrom: 4 });
    await cloud.advance(10_000);
    expect(events.at(-1)).toEqual({ type: 'musicProgress', id: 2, positionMs: 4000, durationMs: 10_000 });
    await cloud.advance(6000);
    expect(events.at(-1)).toEqual({ type: 'musicComplete', id: 2 });
    expect(trtc.mixer.size).toBe(0);
  });

  it('pause stops the clock, resume restarts it, seek moves the position, setMusicVolume sets the mixer volume (0-100 to 0-1)', async () => {
    const { cloud, media, trtc, events } = mediaWorld();
    await cloud.run(media.startPlayMusic(play(1)));
    await cloud.advance(1000);
    await cloud.run(media.pausePlayMusic({ id: 1 }));
    expect(trtc.mixer.get('1#1')?.paused).toBe(true);
    const paused = events.length;
    await cloud.advance(5000);
    expect(events.length).toBe(paused);
    await cloud.run(media.resumePlayMusic({ id: 1 }));
    await cloud.advance(500);
    expect(events.at(-1)).toMatchObject({ positionMs: 1500 });
    await cloud.run(media.seekMusic({ id: 1, positionMs: 8000 }));
    expect(trtc.mixer.get('1#1')?.seekFrom).toBe(8);
    await cloud.advance(500);
    expect(events.at(-1)).toMatchObject({ positionMs: 8500 });
    await cloud.run(media.setMusicVolume({ id: 1, volume: 30 }));
    expect(trtc.mixer.get('1#1')?.volume).toBe(0.3);
    expect(await outcome(media.seekMusic({ id: 1, positionMs: 10_001 }))).toEqual({
      code: ErrorCode.INVALID_PARAMETER,
      message: "positionMs: must be at most the track's duration, 10000 ms",
    });
  });

  it('stopPlayMusic stops the mixer track and its progress; starting an id that plays restarts it under a new mixer id', async () => {
    const { cloud, media, trtc, events } = mediaWorld();
    await cloud.run(media.startPlayMusic(play(1)));
    await cloud.run(media.startPlayMusic(play(1)));
    expect([...trtc.mixer.keys()]).toEqual(['1#2']);
    await cloud.run(media.stopPlayMusic({ id: 1 }));
    expect(trtc.mixer.size).toBe(0);
    await cloud.advance(2000);
    expect(events).toEqual([]);
    expect(await outcome(media.stopPlayMusic({ id: 1 }))).toEqual({
      code: ErrorCode.NOT_FOUND,
      message: 'stopPlayMusic: no music with id 1 is playing',
    });
  });

  it('of two starts of one id made at once, the later wins; the earlier is CANCELLED and leaves nothing playing', async () => {
    const { cloud, media, trtc } = mediaWorld();
    const first = outcome(media.startPlayMusic(play(1)));
    const second = media.startPlayMusic(play(1, { publish: true, startTimeMs: 1000 }));
    await cloud.run(second);
    expect(await first).toEqual({
      code: ErrorCode.CANCELLED,
      message: 'startPlayMusic 1: overtaken by another start of it',
    });
    expect([...trtc.mixer.values()]).toMatchObject([{ seekFrom: 1 }]);
  });

  it('publish: false plays in a page audio element only this user hears; nothing reaches the mixer', async () => {
    const { cloud, media, trtc, audios } = mediaWorld();
    await cloud.run(media.startPlayMusic(play(3, { publish: false, loopCount: 2 })));
    expect(trtc.mixer.size).toBe(0);
    const player = audios.at(-1);
    expect(player).toMatchObject({ playing: true, loop: true, volume: 1 });
    await cloud.run(media.pausePlayMusic({ id: 3 }));
    expect(player?.playing).toBe(false);
    await cloud.run(media.resumePlayMusic({ id: 3 }));
    await cloud.run(media.seekMusic({ id: 3, positionMs: 2500 }));
    await cloud.run(media.setMusicVolume({ id: 3, volume: 50 }));
    expect(player).toMatchObject({ playing: true, currentTime: 2.5, volume: 0.5 });
    await cloud.run(media.stopPlayMusic({ id: 3 }));
    expect(player).toMatchObject({ playing: false, src: '' });
  });

  it('a url that cannot load is NOT_FOUND; one that never loads times out (NETWORK_TIMEOUT); a mixer failure is mapped; nothing is left playing', async () => {
    const { cloud, media, trtc, durations } = mediaWorld();
    expect(await outcome(cloud.run(media.startPlayMusic(play(4, { url: 'https://x/missing.mp3' }))))).toEqual(
      {
        code: ErrorCode.NOT_FOUND,
        message: 'url: the music https://x/missing.mp3 could not be loaded or decoded',
      },
    );
    durations.set('https://x/slow.mp3', Number.NaN);
    expect(await outcome(cloud.run(media.startPlayMusic(play(5, { url: 'https://x/slow.mp3' }))))).toEqual({
      code: ErrorCode.NETWORK_TIMEOUT,
      message: 'url: the music https://x/slow.mp3 did not load within 10 s',
    });
    trtc.failNext.set('startPlugin AudioMixer', rtcFailure(5000, 'music url is invalid', 'startPlugin'));
    expect(await outcome(cloud.run(media.startPlayMusic(play(6))))).toMatchObject({
      code: ErrorCode.INVALID_PARAMETER,
    });
    expect(trtc.mixer.size).toBe(0);
    expect(await outcome(media.resumePlayMusic({ id: 6 }))).toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it("stopAll (the adapter's destroy) stops every track", async () => {
    const { cloud, media, trtc } = mediaWorld();
    await cloud.run(media.startPlayMusic(play(4)));
    await cloud.run(media.startPlayMusic(play(5)));
    await cloud.run(media.stopAll());
    expect(trtc.mixer.size).toBe(0);
  });
});
