import { ErrorCode } from '@trtc-smart/core';
import type { CallingWithMedia } from '@trtc-smart/core/media';
import { describe, expect, it } from 'vitest';
import type { FakeView } from '../../src/index.js';
import { failureOn, inCall, liveRoom, view } from './media-worlds.js';

const url = 'https://cdn.example/tone.wav#durationMs=10000';
const beauty = { style: 'smooth', beauty: 1, whiteness: 1, ruddiness: 1 };

/** Each bad call, and the start of its message: the field, then the rule. */
const BAD: readonly [string, (api: CallingWithMedia<FakeView>) => Promise<unknown>, string][] = [
  ['startPlayMusic', (a) => a.startPlayMusic('x' as never), 'startPlayMusic(params): must be an object'],
  ['startPlayMusic', (a) => a.startPlayMusic({ id: -1, url }), 'id: must be an integer >= 0'],
  ['startPlayMusic', (a) => a.startPlayMusic({ id: 1.5, url }), 'id: must be an integer >= 0'],
  ['startPlayMusic', (a) => a.startPlayMusic({ id: 2, url: '' }), 'url: must be a non-empty string'],
  [
    'startPlayMusic',
    (a) => a.startPlayMusic({ id: 2, url, loopCount: -1 }),
    'loopCount: must be an integer >= 0',
  ],
  [
    'startPlayMusic',
    (a) => a.startPlayMusic({ id: 2, url, publish: 'yes' as never }),
    'publish: must be a boolean',
  ],
  [
    'startPlayMusic',
    (a) => a.startPlayMusic({ id: 2, url, startTimeMs: 0.5 }),
    'startTimeMs: must be an integer >= 0',
  ],
  ['stopPlayMusic', (a) => a.stopPlayMusic({} as never), 'id: must be an integer >= 0'],
  ['pausePlayMusic', (a) => a.pausePlayMusic({ id: '1' as never }), 'id: must be an integer >= 0'],
  ['resumePlayMusic', (a) => a.resumePlayMusic({ id: Number.NaN }), 'id: must be an integer >= 0'],
  ['seekMusic', (a) => a.seekMusic({ id: 1, positionMs: -5 }), 'positionMs: must be an integer >= 0'],
  [
    'seekMusic',
    (a) => a.seekMusic({ id: 1, positionMs: 20_000 }),
    "positionMs: must be at most the track's duration, 10000 ms",
  ],
  ['setMusicVolume', (a) => a.setMusicVolume({ id: 1, volume: 101 }), 'volume: must be an integer 0-100'],
  ['setMusicVolume', (a) => a.setMusicVolume({ id: 1, volume: -1 }), 'volume: must be an integer 0-100'],
  [
    'setBeautyStyle',
    (a) => a.setBeautyStyle({ ...beauty, style: 'pretty' as never }),
    "style: must be 'smooth' or 'natural'",
  ],
  [
    'setBeautyStyle',
    (a) => a.setBeautyStyle({ ...beauty, beauty: 10 } as never),
    'beauty: must be an integer 0-9',
  ],
  [
    'setBeautyStyle',
    (a) => a.setBeautyStyle({ ...beauty, whiteness: -1 } as never),
    'whiteness: must be an integer 0-9',
  ],
  [
    'setBeautyStyle',
    (a) => a.setBeautyStyle({ ...beauty, ruddiness: 2.5 } as never),
    'ruddiness: must be an integer 0-9',
  ],
  [
    'setVirtualBackground',
    (a) => a.setVirtualBackground({ type: 'green' } as never),
    "type: must be 'none', 'blur' or 'image'",
  ],
  [
    'setVirtualBackground',
    (a) => a.setVirtualBackground({ type: 'blur', blurLevel: 0 }),
    'blurLevel: must be an integer 1-10',
  ],
  [
    'setVirtualBackground',
    (a) => a.setVirtualBackground({ type: 'image' } as never),
    'imageUrl: must be a non-empty string',
  ],
  ['setCurrentCamera', (a) => a.setCurrentCamera({} as never), 'deviceId: must be a non-empty string'],
  [
    'setCurrentMicrophone',
    (a) => a.setCurrentMicrophone({ deviceId: 'nope' }),
    "deviceId: must be one of the microphone list's deviceIds",
  ],
  [
    'setCurrentSpeaker',
    (a) => a.setCurrentSpeaker({ deviceId: 3 as never }),
    'deviceId: must be a non-empty string',
  ],
  ['startScreenShare', (a) => a.startScreenShare({ publish: 1 as never }), 'publish: must be a boolean'],
  [
    'startRemoteView',
    (a) => a.startRemoteView({ userId: 'bob', view, streamType: 'third' as never }),
    "streamType: must be 'main' or 'sub'",
  ],
];

describe('bad input (calling, in a call, music 1 playing)', () => {
  for (const [method, bad, message] of BAD) {
    it(`${method}: ${message}; nothing changes`, async () => {
      const { cloud, alice } = await inCall();
      await cloud.run(alice.startPlayMusic({ id: 1, url }));
      const device = () => {
        const controls = cloud.mediaState('alice')?.controls;
        // The track's position moves with time; everything else must stay.
        return { ...controls, music: controls?.music.map(({ positionMs: _, ...t }) => t) };
      };
      const before = { media: alice.getSnapshot().media, device: device() };
      const calls = cloud.trace().length;
      const error = await failureOn(cloud, bad(alice));
      expect(error.code).toBe(ErrorCode.INVALID_PARAMETER);
      expect(error.message).toContain(message);
      expect(alice.getSnapshot().media).toEqual(before.media);
      expect(device()).toEqual(before.device);
      // Refused before reaching the fake SDK (only the device list is read for an unknown deviceId).
      const reached = cloud
        .trace()
        .slice(calls)
        .filter((e) => e.type === 'call' && String(e.method).startsWith('mediaControls.'))
        .map((e) => (e.type === 'call' ? e.method : ''));
      expect(reached.filter((m) => m !== 'mediaControls.getDeviceList')).toEqual([]);
    });
  }
});

describe('bad input (live room)', () => {
  it('startPlay with a bad streamType is refused naming it; the viewer keeps watching', async () => {
    const { cloud, viewer } = await liveRoom();
    const error = await failureOn(
      cloud,
      viewer.startPlay({ userId: 'anchor', view, streamType: 'screen' as never }),
    );
    expect(error.code).toBe(ErrorCode.INVALID_PARAMETER);
    expect(error.message).toBe("streamType: must be 'main' or 'sub'");
    expect(viewer.getSnapshot().status).toBe('watching');
    expect(cloud.mediaState('viewer')?.controls.subViews).toEqual({});
  });

  it('setMusicVolume names the field on the live API too', async () => {
    const { cloud, anchor } = await liveRoom();
    const error = await failureOn(cloud, anchor.setMusicVolume({ id: 0, volume: 1000 }));
    expect([error.code, error.message]).toEqual([
      ErrorCode.INVALID_PARAMETER,
      'volume: must be an integer 0-100',
    ]);
  });
});
