import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { callers, failureOn, inCall, liveRoom, newCalling, newLiveRoom, view } from './media-worlds.js';

const url = 'https://cdn.example/tone.wav';

describe('wrong state (calling)', () => {
  it('logged out: music and screen share need a login; device lists and beauty work', async () => {
    const cloud = createFakeCloud();
    const alice = newCalling(cloud, 'alice');
    for (const work of [
      () => alice.startPlayMusic({ id: 1, url }),
      () => alice.pausePlayMusic({ id: 1 }),
      () => alice.startScreenShare(),
    ]) {
      const error = await failureOn(cloud, work());
      expect(error.code).toBe(ErrorCode.NOT_LOGGED_IN);
      expect(error.message).toMatch(/^\w+: log in first$/);
    }
    expect(await cloud.run(alice.getCameraList())).toHaveLength(1);
    await cloud.run(alice.setBeautyStyle({ style: 'smooth', beauty: 2, whiteness: 0, ruddiness: 0 }));
    expect(alice.getSnapshot().media.music).toEqual([]);
  });

  it('a track must exist, and be playing to pause or paused to resume', async () => {
    const { cloud, alice } = await callers();
    const noTrack = await failureOn(cloud, alice.seekMusic({ id: 5, positionMs: 0 }));
    expect([noTrack.code, noTrack.message]).toEqual([
      ErrorCode.INVALID_STATE,
      'seekMusic: no music with id 5 is playing or paused',
    ]);
    await cloud.run(alice.startPlayMusic({ id: 1, url }));
    const resume = await failureOn(cloud, alice.resumePlayMusic({ id: 1 }));
    expect(resume.message).toBe('resumePlayMusic: music 1 is not paused');
    await cloud.run(alice.pausePlayMusic({ id: 1 }));
    const pause = await failureOn(cloud, alice.pausePlayMusic({ id: 1 }));
    expect([pause.code, pause.message]).toEqual([
      ErrorCode.INVALID_STATE,
      'pausePlayMusic: music 1 is already paused',
    ]);
    expect(alice.getSnapshot().media.music.map((t) => t.status)).toEqual(['paused']);
  });

  it('screen share only in a call, once; stop only while sharing', async () => {
    const { cloud, alice, bob } = await callers();
    const idle = await failureOn(cloud, alice.startScreenShare());
    expect([idle.code, idle.message]).toEqual([
      ErrorCode.INVALID_STATE,
      'startScreenShare: not allowed while idle (only in a call (inCall))',
    ]);
    const stop = await failureOn(cloud, alice.stopScreenShare());
    expect(stop.message).toBe('stopScreenShare: the screen is not shared');
    const sub = await failureOn(cloud, alice.startRemoteView({ userId: 'bob', view, streamType: 'sub' }));
    expect(sub.message).toBe('startRemoteView: not allowed while idle (only inside a call or room)');
    await cloud.run(alice.call({ userId: 'bob', type: 2 }));
    await cloud.run(bob.accept());
    await cloud.run(alice.startScreenShare());
    const twice = await failureOn(cloud, alice.startScreenShare());
    expect(twice.message).toBe('startScreenShare: the screen is already shared (stopScreenShare first)');
    expect(alice.getSnapshot().media.screenShare).toBe('on');
  });

  it('destroyed: every media method rejects DESTROYED', async () => {
    const { cloud, alice } = await inCall();
    await cloud.run(alice.destroy());
    const calls = [
      () => alice.startPlayMusic({ id: 1, url }),
      () => alice.stopPlayMusic({ id: 1 }),
      () => alice.setBeautyStyle({ style: 'smooth', beauty: 0, whiteness: 0, ruddiness: 0 }),
      () => alice.setVirtualBackground({ type: 'none' }),
      () => alice.getCameraList(),
      () => alice.setCurrentSpeaker({ deviceId: 'default-speaker' }),
      () => alice.startScreenShare(),
      () => alice.stopScreenShare(),
      () => alice.startRemoteView({ userId: 'bob', view, streamType: 'sub' }),
    ];
    for (const call of calls) expect((await failureOn(cloud, call())).code).toBe(ErrorCode.DESTROYED);
  });
});

describe('wrong state (live room)', () => {
  it('outside a room: no screen share, no substream; music plays', async () => {
    const cloud = createFakeCloud();
    const room = newLiveRoom(cloud, 'a');
    await cloud.run(room.login({ sdkAppId: cloud.options.sdkAppId, userId: 'a', userSig: 'x' }));
    const share = await failureOn(cloud, room.startScreenShare());
    expect(share.code).toBe(ErrorCode.INVALID_STATE);
    expect(share.message).toMatch(/^startScreenShare: not allowed while outside/);
    const play = await failureOn(cloud, room.startPlay({ userId: 'x', view, streamType: 'sub' }));
    expect(play.message).toBe('startPlay: not allowed while outside (only inside a call or room)');
    await cloud.run(room.startPlayMusic({ id: 0, url }));
    expect(room.getSnapshot().media.music).toHaveLength(1);
  });

  it('a viewer may not render a substream the anchor does not share', async () => {
    const { cloud, viewer } = await liveRoom();
    const error = await failureOn(cloud, viewer.startPlay({ userId: 'anchor', view, streamType: 'sub' }));
    expect([error.code, error.message]).toEqual([
      ErrorCode.INVALID_STATE,
      'startPlay: anchor shares no screen (wait for onUserSubStreamAvailable)',
    ]);
  });
});
