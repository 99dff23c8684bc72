import { describe, expect, it } from 'vitest';
import { callers, inCall, liveRoom } from './media-worlds.js';

const tone = (ms: number) => `https://cdn.example/tone.wav#durationMs=${ms}`;

describe('background music (calling)', () => {
  it('starts, pauses, resumes, seeks, sets the volume and stops, in state$ and on the device', async () => {
    const { cloud, alice } = await callers();
    await cloud.run(alice.startPlayMusic({ id: 1, url: tone(10_000), loopCount: 1, startTimeMs: 500 }));
    expect(alice.getSnapshot().media.music).toEqual([
      {
        id: 1,
        url: tone(10_000),
        status: 'playing',
        positionMs: 500,
        durationMs: 10_000,
        volume: 100,
        publish: false,
      },
    ]);
    await cloud.run(alice.pausePlayMusic({ id: 1 }));
    expect(alice.getSnapshot().media.music[0]?.status).toBe('paused');
    expect(cloud.mediaState('alice')?.controls.music[0]).toMatchObject({ paused: true, playsLeft: 1 });
    await cloud.run(alice.resumePlayMusic({ id: 1 }));
    await cloud.run(alice.seekMusic({ id: 1, positionMs: 4000 }));
    await cloud.run(alice.setMusicVolume({ id: 1, volume: 35 }));
    expect(alice.getSnapshot().media.music[0]).toMatchObject({ status: 'playing', volume: 35 });
    expect(cloud.mediaState('alice')?.controls.music[0]).toMatchObject({ paused: false, volume: 35 });
    await cloud.run(alice.stopPlayMusic({ id: 1 }));
    expect(alice.getSnapshot().media.music).toEqual([]);
    expect(cloud.mediaState('alice')?.controls.music).toEqual([]);
  });

  it('reports progress at most once a second, then completes after every loop', async () => {
    const { cloud, alice, heardAlice } = await callers();
    await cloud.run(alice.startPlayMusic({ id: 3, url: tone(2000), loopCount: 1 }));
    await cloud.advance(5000);
    const progress = heardAlice.of('onMusicProgress');
    // 4 s of play in 250 ms ticks, throttled to one a second.
    expect(progress.length).toBe(4);
    expect(progress.every((e) => e.id === 3 && e.durationMs === 2000)).toBe(true);
    expect(heardAlice.of('onMusicComplete')).toEqual([{ eventType: 'onMusicComplete', id: 3 }]);
    expect(alice.getSnapshot().media.music).toEqual([]);
    // Nothing after the end.
    await cloud.advance(3000);
    expect(heardAlice.of('onMusicProgress').length).toBe(4);
  });

  it('plays several tracks at once, each by its id; a pause stops its progress', async () => {
    const { cloud, alice, heardAlice } = await callers();
    await cloud.run(alice.startPlayMusic({ id: 1, url: tone(60_000) }));
    await cloud.run(alice.startPlayMusic({ id: 2, url: tone(60_000) }));
    await cloud.run(alice.pausePlayMusic({ id: 2 }));
    const before = heardAlice.of('onMusicProgress').filter((e) => e.id === 2).length;
    await cloud.advance(3000);
    expect(heardAlice.of('onMusicProgress').filter((e) => e.id === 2).length).toBe(before);
    expect(heardAlice.of('onMusicProgress').filter((e) => e.id === 1).length).toBeGreaterThanOrEqual(3);
    expect(alice.getSnapshot().media.music.map((t) => [t.id, t.status])).toEqual([
      [1, 'playing'],
      [2, 'paused'],
    ]);
  });

  it('a published track is heard: the others see its volume high; a local one is not mixed', async () => {
    const { cloud, alice, heardBob } = await inCall();
    await cloud.run(alice.startPlayMusic({ id: 1, url: tone(60_000) }));
    expect(cloud.mediaState('alice')?.controls.musicMixed).toBe(false);
    await cloud.run(alice.startPlayMusic({ id: 2, url: tone(60_000), publish: true }));
    expect(cloud.mediaState('alice')?.controls.musicMixed).toBe(true);
    const from = heardBob.all.length;
    await cloud.advance(6000);
    const aliceVolumes = heardBob.all
      .slice(from)
      .flatMap((e) => (e.eventType === 'onUserVoiceVolume' ? e.volumeList : []))
      .filter((v) => v.userId === 'alice')
      .map((v) => v.volume);
    expect(aliceVolumes.length).toBeGreaterThan(5);
    expect(Math.min(...aliceVolumes)).toBeGreaterThanOrEqual(70);
    await cloud.run(alice.pausePlayMusic({ id: 2 }));
    expect(cloud.mediaState('alice')?.controls.musicMixed).toBe(false);
  });
});

describe('background music (live room)', () => {
  it('the anchor mixes a published track in; both roles get progress and completion', async () => {
    const { cloud, anchor, viewer, heardAnchor, heardViewer } = await liveRoom();
    await cloud.run(anchor.startPlayMusic({ id: 9, url: tone(1500), publish: true }));
    expect(cloud.mediaState('anchor')?.controls.musicMixed).toBe(true);
    await cloud.run(viewer.startPlayMusic({ id: 1, url: tone(1000) }));
    await cloud.advance(2000);
    expect(heardAnchor.of('onMusicComplete')).toEqual([{ eventType: 'onMusicComplete', id: 9 }]);
    expect(heardViewer.of('onMusicComplete')).toEqual([{ eventType: 'onMusicComplete', id: 1 }]);
    expect(heardAnchor.of('onMusicProgress').length).toBeGreaterThan(0);
    expect(cloud.mediaState('anchor')?.controls.musicMixed).toBe(false);
    expect(anchor.getSnapshot().media.music).toEqual([]);
  });
});
