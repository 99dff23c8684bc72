import { ErrorCode } from '@trtc-smart/core';
import type { MediaPortEvent } from '@trtc-smart/core/media';
import type { TRTCStatistics, TRTCVideoType } from 'trtc-sdk-v5';
import { describe, expect, it } from 'vitest';
import { device, rtcFailure } from '../doubles/trtc-media-double.js';
import { logIn, mediaWorld, outcome } from './media-harness.js';

const deviceEvents = (events: readonly MediaPortEvent[]) => events.filter((e) => e.type === 'deviceChange');

describe('adapter-web media controls: devices', () => {
  it("getDeviceList is TRTC's lists as {deviceId, label}", async () => {
    const { media } = mediaWorld();
    expect(await media.getDeviceList({ kind: 'camera' })).toEqual([
      { deviceId: 'cam-1', label: 'Front camera' },
      { deviceId: 'cam-2', label: 'USB camera' },
    ]);
    expect((await media.getDeviceList({ kind: 'microphone' })).map((d) => d.deviceId)).toEqual([
      'default',
      'mic-2',
    ]);
    expect((await media.getDeviceList({ kind: 'speaker' })).map((d) => d.deviceId)).toEqual([
      'default',
      'spk-2',
    ]);
  });

  it('a camera chosen while off is switched to when it starts; one chosen while on is switched to at once', async () => {
    const world = mediaWorld();
    const { cloud, adapter, media, trtc, events } = world;
    await logIn(world);
    await media.setCurrentDevice({ kind: 'camera', deviceId: 'cam-2' });
    expect(trtc.inUse.camera).toBeUndefined();
    await cloud.run(adapter.callMedia.openCamera({ isFront: true, view: 'local' }));
    await cloud.flush();
    expect(trtc.inUse.camera).toBe('cam-2');
    await media.setCurrentDevice({ kind: 'camera', deviceId: 'cam-1' });
    expect(trtc.inUse.camera).toBe('cam-1');
    expect(
      deviceEvents(events).map(
        (e) => `${(e as { state: string }).state} ${(e as { deviceId: string }).deviceId}`,
      ),
    ).toEqual(['active cam-1', 'active cam-2', 'active cam-1']);
  });

  it('the microphone switches with updateLocalAudio while it runs; the speaker with TRTC.setCurrentSpeaker', async () => {
    const world = mediaWorld();
    const { cloud, adapter, media, trtc } = world;
    await logIn(world);
    await cloud.run(adapter.callMedia.enterRoom({ roomId: 1234, userId: 'alice', callType: 1 }));
    expect(trtc.inUse.microphone).toBe('default');
    await media.setCurrentDevice({ kind: 'microphone', deviceId: 'mic-2' });
    expect(trtc.inUse.microphone).toBe('mic-2');
    await media.setCurrentDevice({ kind: 'speaker', deviceId: 'spk-2' });
    expect(trtc.inUse.speaker).toBe('spk-2');
  });

  it('an unknown device is NOT_FOUND, naming the field; nothing changes', async () => {
    const { media, trtc } = mediaWorld();
    expect(await outcome(media.setCurrentDevice({ kind: 'speaker', deviceId: 'nope' }))).toEqual({
      code: ErrorCode.NOT_FOUND,
      message: 'deviceId: no speaker nope is plugged in',
    });
    expect(trtc.inUse).toEqual({});
  });

  it("plugging and unplugging are reported; unplugging the device in use falls back to the default one, reported 'active'", async () => {
    const world = mediaWorld();
    const { cloud, adapter, media, trtc, events } = world;
    await logIn(world);
    await cloud.run(adapter.callMedia.openCamera({ isFront: true, view: 'local' }));
    trtc.plug('camera', device('camera', 'cam-3', 'Desk camera'));
    await media.setCurrentDevice({ kind: 'camera', deviceId: 'cam-3' });
    trtc.unplug('camera', 'cam-2');
    trtc.unplug('camera', 'cam-3');
    await cloud.flush();
    expect(trtc.inUse.camera).toBe('cam-1');
    expect(deviceEvents(events)).toEqual([
      { type: 'deviceChange', kind: 'camera', state: 'active', deviceId: 'cam-1' },
      { type: 'deviceChange', kind: 'camera', state: 'add', deviceId: 'cam-3' },
      { type: 'deviceChange', kind: 'camera', state: 'active', deviceId: 'cam-3' },
      { type: 'deviceChange', kind: 'camera', state: 'remove', deviceId: 'cam-2' },
      { type: 'deviceChange', kind: 'camera', state: 'remove', deviceId: 'cam-3' },
      { type: 'deviceChange', kind: 'camera', state: 'active', deviceId: 'cam-1' },
    ]);
  });
});

describe('adapter-web media controls: screen sharing', () => {
  it("startScreenShare publishes by default; the browser's own stop is reported once; stopScreenShare is not", async () => {
    const { cloud, media, trtc, events } = mediaWorld();
    await cloud.run(media.startScreenShare({ publish: true }));
    expect(trtc.screen).toEqual({ publish: true });
    expect(await outcome(media.startScreenShare({ publish: true }))).toEqual({
      code: ErrorCode.INVALID_STATE,
      message: 'startScreenShare: the screen is already shared',
    });
    trtc.browserStopsSharing();
    expect(events).toEqual([{ type: 'screenShareStopped' }]);
    await cloud.run(media.startScreenShare({ publish: false }));
    expect(trtc.screen).toEqual({ publish: false });
    await cloud.run(media.stopScreenShare());
    trtc.browserStopsSharing();
    expect(events).toEqual([{ type: 'screenShareStopped' }]);
    // Stopping what is not shared is a no-op.
    await media.stopScreenShare();
  });

  it("a refused capture is TRTC's error mapped, and sharing can be tried again", async () => {
    const { cloud, media, trtc } = mediaWorld();
    trtc.failNext.set(
      'startScreenShare',
      rtcFailure(5300, 'NotAllowedError: Permission denied', 'startScreenShare'),
    );
    expect(await outcome(cloud.run(media.startScreenShare({ publish: true })))).toMatchObject({
      code: ErrorCode.DEVICE_ERROR,
    });
    await cloud.run(media.startScreenShare({ publish: true }));
    expect(trtc.screen).toEqual({ publish: true });
  });

  it("a remote user's substream (TRTC's sub stream type) is subStreamAvailable; the main stream is not", () => {
    const { trtc, events } = mediaWorld();
    trtc.remoteSubStream('bob', true);
    trtc.remoteSubStream('bob', false);
    expect(events).toEqual([
      { type: 'subStreamAvailable', userId: 'bob', available: true },
      { type: 'subStreamAvailable', userId: 'bob', available: false },
    ]);
  });
});

describe('adapter-web media controls: remote substreams', () => {
  it("startRemoteSubView plays a user's sub stream into the view; stopRemoteSubView stops it; a bad view is refused", async () => {
    const { media, trtc } = mediaWorld();
    await media.startRemoteSubView({ userId: 'bob', view: 'bob-screen' });
    expect(trtc.subViews).toEqual(new Map([['bob', 'bob-screen']]));
    await media.stopRemoteSubView({ userId: 'bob' });
    expect(trtc.subViews).toEqual(new Map());
    expect(
      await outcome(media.startRemoteSubView({ userId: 'bob', view: 42 as unknown as string })),
    ).toMatchObject({
      code: ErrorCode.INVALID_PARAMETER,
    });
  });
});

describe('adapter-web media controls: statistics', () => {
  it("TRTC's STATISTICS becomes the port's statistics: local is the camera's big stream, remote one entry per stream (audio-only: main)", () => {
    const { trtc, events } = mediaWorld();
    const big = 'big' as TRTCVideoType.Big;
    const sub = 'sub' as TRTCVideoType.Sub;
    const stats: TRTCStatistics = {
      rtt: 42,
      upLoss: 1,
      downLoss: 2,
      bytesSent: 1000,
      bytesReceived: 2000,
      localStatistics: {
        audio: { bitrate: 32, audioLevel: 0.4 },
        video: [{ width: 640, height: 480, frameRate: 15, bitrate: 600, videoType: big }],
      },
      remoteStatistics: [
        {
          userId: 'bob',
          audio: { bitrate: 30, audioLevel: 0.2, jitterBufferDelay: 40 },
          video: [
            { width: 320, height: 240, frameRate: 15, bitrate: 300, videoType: big, jitterBufferDelay: 50 },
            { width: 1920, height: 1080, frameRate: 5, bitrate: 900, videoType: sub, jitterBufferDelay: 50 },
          ],
        },
        { userId: 'carol', audio: { bitrate: 20, audioLevel: 0.1, jitterBufferDelay: 40 }, video: [] },
      ],
    };
    trtc.statistics(stats);
    expect(events).toEqual([
      {
        type: 'statistics',
        statistics: {
          rtt: 42,
          upLoss: 1,
          downLoss: 2,
          local: { audioBitrateKbps: 32, videoBitrateKbps: 600, width: 640, height: 480, frameRate: 15 },
          remote: [
            {
              userId: 'bob',
              streamType: 'main',
              audioBitrateKbps: 30,
              videoBitrateKbps: 300,
              width: 320,
              height: 240,
              frameRate: 15,
            },
            {
              userId: 'bob',
              streamType: 'sub',
              audioBitrateKbps: 0,
              videoBitrateKbps: 900,
              width: 1920,
              height: 1080,
              frameRate: 5,
            },
            {
              userId: 'carol',
              streamType: 'main',
              audioBitrateKbps: 20,
              videoBitrateKbps: 0,
              width: 0,
              height: 0,
              frameRate: 0,
            },
          ],
        },
      },
    ]);
  });
});
