import { createCalling, ErrorCode } from '@trtc-smart/core';
import type { MediaEvent } from '@trtc-smart/core/media';
import { type SeedCallback, type SeedDeviceList, type SeedError, toSeedModule } from '@trtc-smart/core/seed';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { callers, inCall, liveRoom } from './media-worlds.js';

type Answer<Ret> = { readonly ret: Ret | null; readonly err: SeedError | undefined };

/** Calls a seed method and runs the cloud until it calls back. */
function answer<Ret>(cloud: FakeCloud, call: (callback: SeedCallback<Ret>) => void): Promise<Answer<Ret>> {
  return cloud.run(new Promise<Answer<Ret>>((resolve) => call((ret, err) => resolve({ ret, err }))));
}

const url = 'https://cdn.example/tone.wav#durationMs=3000';
const rect = { x: 0, y: 0, w: 320, h: 240 };

describe('toSeedModule: the media methods in the seed callback style (calling)', () => {
  it('plays music and calls back {status: true}; the listener gets its progress and completion', async () => {
    const { cloud, alice } = await callers();
    const seed = toSeedModule(alice);
    const heard: string[] = [];
    seed.setCallingListener({}, (ret) => heard.push(ret.eventType));
    const ok = { ret: { status: true }, err: undefined };
    expect(await answer(cloud, (cb) => seed.startPlayMusic({ id: 1, url, loopCount: 0 }, cb))).toEqual(ok);
    expect(await answer(cloud, (cb) => seed.pausePlayMusic({ id: 1 }, cb))).toEqual(ok);
    expect(await answer(cloud, (cb) => seed.resumePlayMusic({ id: 1 }, cb))).toEqual(ok);
    expect(await answer(cloud, (cb) => seed.seekMusic({ id: 1, positionMs: 1000 }, cb))).toEqual(ok);
    expect(await answer(cloud, (cb) => seed.setMusicVolume({ id: 1, volume: 50 }, cb))).toEqual(ok);
    await cloud.advance(3000);
    expect(heard).toContain('onMusicProgress');
    expect(heard.at(-1)).toBe('onMusicComplete');
    const gone = await answer(cloud, (cb) => seed.stopPlayMusic({ id: 1 }, cb));
    expect(gone.err).toEqual({
      code: ErrorCode.INVALID_STATE,
      msg: 'stopPlayMusic: no music with id 1 is playing or paused',
    });
  });

  it('sets beauty and background; lists devices as {status, deviceList}; switches them', async () => {
    const { cloud, alice } = await callers();
    const seed = toSeedModule(alice);
    await answer(cloud, (cb) =>
      seed.setBeautyStyle({ style: 'natural', beauty: 4, whiteness: 2, ruddiness: 0 }, cb),
    );
    await answer(cloud, (cb) => seed.setVirtualBackground({ type: 'blur', blurLevel: 5 }, cb));
    expect(cloud.mediaState('alice')?.controls).toMatchObject({
      beauty: { beauty: 4 },
      background: { type: 'blur', blurLevel: 5 },
    });
    cloud.plugDevice('alice', 'microphone', { deviceId: 'headset', label: 'Headset' });
    expect(await answer(cloud, (cb) => seed.getMicrophoneList({}, cb))).toEqual({
      ret: {
        status: true,
        deviceList: [
          { deviceId: 'default-microphone', label: 'Fake microphone' },
          { deviceId: 'headset', label: 'Headset' },
        ],
      },
      err: undefined,
    });
    expect(
      (await answer<SeedDeviceList>(cloud, (cb) => seed.getCameraList(undefined, cb))).ret?.deviceList,
    ).toHaveLength(1);
    expect(
      (await answer<SeedDeviceList>(cloud, (cb) => seed.getSpeakerList({}, cb))).ret?.deviceList,
    ).toHaveLength(1);
    await answer(cloud, (cb) => seed.setCurrentMicrophone({ deviceId: 'headset' }, cb));
    await answer(cloud, (cb) => seed.setCurrentCamera({ deviceId: 'default-camera' }, cb));
    await answer(cloud, (cb) => seed.setCurrentSpeaker({ deviceId: 'default-speaker' }, cb));
    expect(alice.getSnapshot().media.devices.microphone).toBe('headset');
  });

  it('bad input calls back {code, msg} naming the field, and never throws', async () => {
    const { cloud, alice } = await callers();
    const seed = toSeedModule(alice);
    const bad = await answer(cloud, (cb) => seed.setMusicVolume({ id: 1, volume: 200 }, cb));
    expect(bad).toEqual({
      ret: null,
      err: { code: ErrorCode.INVALID_PARAMETER, msg: 'volume: must be an integer 0-100' },
    });
    // No callback: nothing thrown, nothing unhandled.
    expect(() => seed.setBeautyStyle({ style: 'x' } as never)).not.toThrow();
    await cloud.flush();
  });

  it('shares the screen; the other renders it with startRemoteView({rect, streamType: sub})', async () => {
    const { cloud, alice, bob } = await inCall();
    const [seedAlice, seedBob] = [toSeedModule(alice), toSeedModule(bob)];
    const bobHeard: MediaEvent[] = [];
    seedBob.setCallingListener({}, (ret) => {
      if (ret.eventType === 'onUserSubStreamAvailable') bobHeard.push(ret);
    });
    expect((await answer(cloud, (cb) => seedAlice.startScreenShare({}, cb))).ret).toEqual({ status: true });
    expect(bobHeard).toEqual([{ eventType: 'onUserSubStreamAvailable', userId: 'alice', available: true }]);
    await answer(cloud, (cb) => seedBob.startRemoteView({ userId: 'alice', rect, streamType: 'sub' }, cb));
    expect(cloud.mediaState('bob')?.controls.subViews).toEqual({ alice: rect });
    await answer(cloud, (cb) => seedBob.stopRemoteView({ userId: 'alice', streamType: 'sub' }, cb));
    expect((await answer(cloud, (cb) => seedAlice.stopScreenShare(undefined, cb))).ret).toEqual({
      status: true,
    });
  });

  it('on an instance without media controls each media method calls back NOT_SUPPORTED', async () => {
    const cloud = createFakeCloud();
    const seed = toSeedModule(createCalling({ adapter: cloud.adapter('carol') }));
    const { err } = await answer(cloud, (cb) => seed.startPlayMusic({ id: 1, url }, cb));
    expect(err).toEqual({
      code: ErrorCode.NOT_SUPPORTED,
      msg: 'startPlayMusic is not supported on an instance created without media: mediaControls',
    });
    expect((await answer(cloud, (cb) => seed.getCameraList({}, cb))).err?.code).toBe(ErrorCode.NOT_SUPPORTED);
  });
});

describe('toSeedModule: the media methods in the seed callback style (live room)', () => {
  it("the anchor shares; the viewer's listener hears it and startPlay renders the substream", async () => {
    const { cloud, anchor, viewer } = await liveRoom();
    const [seedAnchor, seedViewer] = [toSeedModule(anchor), toSeedModule(viewer)];
    const heard: string[] = [];
    seedViewer.setLiveRoomListener({}, (ret) => heard.push(ret.eventType));
    await answer(cloud, (cb) => seedAnchor.startScreenShare({ publish: true }, cb));
    expect(heard).toContain('onUserSubStreamAvailable');
    await answer(cloud, (cb) => seedViewer.startPlay({ userId: 'anchor', rect, streamType: 'sub' }, cb));
    expect(cloud.mediaState('viewer')?.controls.subViews).toEqual({ anchor: rect });
    await answer(cloud, (cb) => seedAnchor.startPlayMusic({ id: 2, url, publish: true }, cb));
    expect(cloud.mediaState('anchor')?.controls.musicMixed).toBe(true);
    await cloud.advance(2000);
    expect(heard).toContain('onStatistics');
  });
});
