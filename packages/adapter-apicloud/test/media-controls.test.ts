import { createCalling, createLiveRoom, ErrorCode } from '@trtc-smart/core';
import { mediaControls } from '@trtc-smart/core/media';
import { step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { apicloudHarness, nativeOf, rejection } from './apicloud-harness.js';

const SHOULD = (feature: string) =>
  new RegExp(`^${feature} is not supported on APICloud: the tencentTrtcSmart`);

/** A logged-in calling instance with media controls over the APICloud adapter, in a fake world. */
async function loggedIn() {
  const world = apicloudHarness.world();
  const adapter = world.adapter('alice');
  const calling = createCalling({ adapter, media: mediaControls });
  await step(world, () =>
    calling.login({ sdkAppId: world.sdkAppId, userId: 'alice', userSig: 'dev-sig-alice' }),
  );
  return { world, calling, native: nativeOf(world, 'alice') };
}

describe('media controls on APICloud (the native module has none)', () => {
  it('every method rejects NOT_SUPPORTED naming the feature and the platform, calls no native method and changes no state', async () => {
    const { world, calling, native } = await loggedIn();
    const before = calling.getSnapshot();
    const nativeCalls = native.calls.length;
    const cases: [string, () => Promise<unknown>][] = [
      [
        'background music and sound effects',
        () => calling.startPlayMusic({ id: 1, url: 'widget://res/bgm.mp3', publish: true }),
      ],
      ['beauty', () => calling.setBeautyStyle({ style: 'smooth', beauty: 5, whiteness: 3, ruddiness: 2 })],
      ['virtual background', () => calling.setVirtualBackground({ type: 'blur', blurLevel: 3 })],
      ['camera list', () => calling.getCameraList()],
      ['microphone list', () => calling.getMicrophoneList()],
      ['speaker list', () => calling.getSpeakerList()],
      // setCurrent* asks the device list first: that is what the native module lacks.
      ['camera list', () => calling.setCurrentCamera({ deviceId: 'front' })],
      ['microphone list', () => calling.setCurrentMicrophone({ deviceId: 'mic' })],
      ['speaker list', () => calling.setCurrentSpeaker({ deviceId: 'speakerphone' })],
    ];
    for (const [feature, run] of cases) {
      const error = await rejection(step(world, run));
      expect(error.code, feature).toBe(ErrorCode.NOT_SUPPORTED);
      expect(error.message).toMatch(SHOULD(feature));
    }
    expect(calling.getSnapshot()).toEqual(before);
    expect(native.calls.length).toBe(nativeCalls);
  });

  it('the device refusal says what the native module offers instead', async () => {
    const { world, calling } = await loggedIn();
    const error = await rejection(step(world, () => calling.getCameraList()));
    expect(error.message).toContain('use switchCamera for front/back and setHandsFree for speaker/earpiece');
  });

  it('screen sharing in a call rejects NOT_SUPPORTED and leaves the screen share off', async () => {
    const world = apicloudHarness.world();
    const [alice, bob] = ['alice', 'bob'].map((userId) => {
      const calling = createCalling({ adapter: world.adapter(userId), media: mediaControls });
      return { userId, calling };
    });
    if (!alice || !bob) throw new Error('parties');
    for (const { userId, calling } of [alice, bob]) {
      await step(world, () =>
        calling.login({ sdkAppId: world.sdkAppId, userId, userSig: `dev-sig-${userId}` }),
      );
    }
    await step(world, () => alice.calling.call({ userId: 'bob', type: 1 }));
    await step(world, () => bob.calling.accept());
    expect(alice.calling.getSnapshot().status).toBe('inCall');
    const error = await rejection(step(world, () => alice.calling.startScreenShare({ publish: true })));
    expect(error.code).toBe(ErrorCode.NOT_SUPPORTED);
    expect(error.message).toMatch(SHOULD('screen sharing'));
    expect(alice.calling.getSnapshot().media.screenShare).toBe('off');
    expect(alice.calling.getSnapshot().status).toBe('inCall');
  });

  it('a live room gets the same refusals, before a preview too (the seed: "adjust beauty during the preview")', async () => {
    const world = apicloudHarness.world();
    const live = createLiveRoom({ adapter: world.adapter('anchor'), media: mediaControls });
    const error = await rejection(
      step(world, () => live.setBeautyStyle({ style: 'natural', beauty: 4, whiteness: 4, ruddiness: 0 })),
    );
    expect(error.code).toBe(ErrorCode.NOT_SUPPORTED);
    expect(error.message).toMatch(SHOULD('beauty'));
    expect(live.getSnapshot().media.beauty).toEqual(
      createLiveRoom({ adapter: world.adapter('other'), media: mediaControls }).getSnapshot().media.beauty,
    );
  });

  it('bad input is still refused first, as INVALID_PARAMETER naming the field', async () => {
    const { world, calling } = await loggedIn();
    const error = await rejection(step(world, () => calling.setMusicVolume({ id: 1, volume: 101 })));
    expect(error.code).toBe(ErrorCode.INVALID_PARAMETER);
    expect(error.message).toContain('volume');
  });

  it('the adapter has the media port, named for its platform', () => {
    expect(apicloudHarness.world().adapter('alice').media.platform).toBe('APICloud');
  });
});
