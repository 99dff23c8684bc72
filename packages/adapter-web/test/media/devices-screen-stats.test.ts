import { ErrorCode } from '@trtc-smart/core';
import type { TRTCStatistics, TRTCVideoType } from 'trtc-sdk-v5';
import { describe, expect, it } from 'vitest';
import { device, rtcFailure } from '../doubles/trtc-media-double.js';
import { logIn, mediaWorld, outcome } from './media-harness.js';

const deviceEvents = (events: readonly { type: string }[]) =>
  events.filter((e) => e.type === 'deviceChange' || e.type === 'deviceFallback');

describe('adapter-web media controls: devices', () => {
  it("getCameraList / getMicrophoneList / getSpeakerList are TRTC's lists as {deviceId, label}", async () => {
    const { media } = mediaWorld();
    expect(await media.getCameraList()).toEqual([
      { deviceId: 'cam-1', label: 'Front camera' },
      { deviceId: 'cam-2', label: 'USB camera' },
    ]);
    expect((await media.getMicrophoneList()).map((d) => d.deviceId)).toEqual(['default', 'mic-2']);
    expect((await media.getSpeakerList()).map((d) => d.deviceId)).toEqual(['default', 'spk-2']);
  });

  it('a camera chosen while off is switched to when it starts; one chosen while on is switched to at once', async () => {
    const world = mediaWorld();
    const { cloud, adapter, media, trtc, events } = world;
    await logIn(world);
    await media.setCurrentCamera({ deviceId: 'cam-2' });
    expect(trtc.inUse.camera).toBeUndefined();
    await cloud.run(adapter.callMedia.openCamera({ isFront: true, view: 'local' }));
    await cloud.flush();
    expect(trtc.inUse.camera).toBe('cam-2');
    await media.setCurrentCamera({ deviceId: 'cam-1' });
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
    await media.setCurrentMicrophone({ deviceId: 'mic-2' });
    expect(trtc.inUse.microphone).toBe('mic-2');
    await media.setCurrentSpeaker({ deviceId: 'spk-2' });
    expect(trtc.inUse.speaker).toBe('spk-2');
  });

  it('an unknown device is NOT_FOUND, naming the field; nothing changes', async () => {
    const { media, trtc } = mediaWorld();
    expect(await outcome(media.setCurrentSpeaker({ deviceId: 'nope' }))).toEqual({
      code: ErrorCode.NOT_FOUND,
      message: 'deviceId: no speaker nope is plugged in',
    });
    expect(trtc.inUse).toEqual({});
  });

  it('plugging and unplugging are reported; unplugging the device in use falls back to the default one and says so', async () => {
    const world = mediaWorld();
    const { cloud, adapter, media, trtc, events } = world;
    await logIn(world);
    await cloud.run(adapter.callMedia.openCamera({ isFront: true, view: 'local' }));
    trtc.plug('camera', device('camera', 'cam-3', 'Desk camera'));
    await media.setCurrentCamera({ deviceId: 'cam-3' });
    trtc.unplug('camera', 'cam-2');
    trtc.unplug('camera', 'cam-3');
    await cloud.flush();
    expect(trtc.inUse.camera).toBe('cam-1');
    expect(deviceEvents(events)).toEqual([
      { type: 'deviceChange', kind: 'camera', state: 'active', deviceId: 'cam-1', label: 'Front camera' },
      { type: 'deviceChange', kind: 'camera', state: 'add', deviceId: 'cam-3', label: 'Desk camera' },
      { type: 'deviceChange', kind: 'camera', state: 'active', deviceId: 'cam-3', label: 'Desk camera' },
      { type: 'deviceChange', kind: 'camera', state: 'remove', deviceId: 'cam-2', label: 'USB camera' },
      { type: 'deviceChange', kind: 'camera', state: 'remove', deviceId: 'cam-3', label: 'Desk camera' },
      { type: 'deviceChange', kind: 'camera', state: 'active', deviceId: 'cam-1', label: 'Front camera' },
      { type: 'deviceFallback', kind: 'camera', removedDeviceId: 'cam-3', deviceId: 'cam-1' },
    ]);
  });
});

describe('adapter-web media controls: screen sharing', () => {
  it("startScreenShare publishes by default; the browser's own stop is reported once; stopScreenShare is not", async () => {
    const { cloud, media, trtc, events } = mediaWorld();
    await cloud.run(media.startScreenShare());
    expect(trtc.screen).toEqual({ publish: true });
    expect(await outcome(media.startScreenShare())).toEqual({
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
    expect(await outcome(cloud.run(media.startScreenShare()))).toMatchObject({
      code: ErrorCode.DEVICE_ERROR,
    });
    await cloud.run(media.startScreenShare());
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

describe('adapter-web media controls: statistics', () => {
  it("TRTC's STATISTICS becomes the port's statistics event", () => {
    const { trtc, events } = mediaWorld();
    const big = 'big' as TRTCVideoType.Big;
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
          ],
        },
      ],
    };
    trtc.statistics(stats);
    expect(events).toEqual([
      {
        type: 'statistics',
        rtt: 42,
        upLoss: 1,
        downLoss: 2,
        local: {
          audio: { bitrate: 32, level: 0.4 },
          video: [{ width: 640, height: 480, frameRate: 15, bitrate: 600, stream: 'big' }],
        },
        remote: [
          {
            userId: 'bob',
            audio: { bitrate: 30, level: 0.2 },
            video: [{ width: 320, height: 240, frameRate: 15, bitrate: 300, stream: 'big' }],
          },
        ],
      },
    ]);
  });
});
