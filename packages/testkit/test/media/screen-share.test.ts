import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { failureOn, inCall, liveRoom, view } from './media-worlds.js';

describe('screen share (calling)', () => {
  it('is a substream: the other sees it, renders it with streamType sub, and sees it end', async () => {
    const { cloud, alice, bob, heardBob } = await inCall();
    await cloud.run(alice.startScreenShare());
    expect(alice.getSnapshot().media.screenShare).toBe('on');
    expect(cloud.mediaState('alice')?.controls.screenShare).toBe('on');
    expect(heardBob.of('onUserSubStreamAvailable')).toEqual([
      { eventType: 'onUserSubStreamAvailable', userId: 'alice', available: true },
    ]);
    expect(bob.getSnapshot().media.remoteSubStreams).toEqual(['alice']);
    await cloud.run(bob.startRemoteView({ userId: 'alice', view, streamType: 'sub' }));
    expect(cloud.mediaState('bob')?.controls.subViews).toEqual({ alice: view });
    // The camera view is separate from the substream's.
    expect(cloud.mediaState('bob')?.remoteViews).toEqual({});
    await cloud.run(bob.stopRemoteView({ userId: 'alice', streamType: 'sub' }));
    expect(cloud.mediaState('bob')?.controls.subViews).toEqual({});
    await cloud.run(alice.stopScreenShare());
    expect(alice.getSnapshot().media.screenShare).toBe('off');
    expect(heardBob.of('onUserSubStreamAvailable').at(-1)).toEqual({
      eventType: 'onUserSubStreamAvailable',
      userId: 'alice',
      available: false,
    });
    expect(bob.getSnapshot().media.remoteSubStreams).toEqual([]);
  });

  it("the browser's own stop is reported as onScreenShareStopped, and the others lose it", async () => {
    const { cloud, alice, bob, heardAlice, heardBob } = await inCall();
    await cloud.run(alice.startScreenShare({ publish: true }));
    await cloud.run(bob.startRemoteView({ userId: 'alice', view, streamType: 'sub' }));
    cloud.endScreenShare('alice');
    await cloud.settle();
    expect(heardAlice.of('onScreenShareStopped')).toEqual([{ eventType: 'onScreenShareStopped' }]);
    expect(alice.getSnapshot().media.screenShare).toBe('off');
    expect(heardBob.of('onUserSubStreamAvailable').map((e) => e.available)).toEqual([true, false]);
    expect(cloud.mediaState('bob')?.controls.subViews).toEqual({});
    // No second report, and a new share may start.
    cloud.endScreenShare('alice');
    expect(heardAlice.of('onScreenShareStopped').length).toBe(1);
    await cloud.run(alice.startScreenShare());
    expect(alice.getSnapshot().media.screenShare).toBe('on');
  });

  it('a share not published stays local: the others see no substream', async () => {
    const { cloud, alice, heardBob } = await inCall();
    await cloud.run(alice.startScreenShare({ publish: false }));
    expect(cloud.mediaState('alice')?.controls.screenShare).toBe('on');
    expect(heardBob.of('onUserSubStreamAvailable')).toEqual([]);
  });

  it('rendering a substream nobody shares is refused, naming the rule', async () => {
    const { cloud, bob } = await inCall();
    const error = await failureOn(cloud, bob.startRemoteView({ userId: 'alice', view, streamType: 'sub' }));
    expect(error.code).toBe(ErrorCode.INVALID_STATE);
    expect(error.message).toContain('alice shares no screen');
  });
});

describe('screen share (live room)', () => {
  it('the anchor shares; the viewer plays the substream with startPlay streamType sub', async () => {
    const { cloud, anchor, viewer, heardViewer } = await liveRoom();
    await cloud.run(anchor.startScreenShare());
    expect(heardViewer.of('onUserSubStreamAvailable')).toEqual([
      { eventType: 'onUserSubStreamAvailable', userId: 'anchor', available: true },
    ]);
    await cloud.run(viewer.startPlay({ userId: 'anchor', view, streamType: 'sub' }));
    expect(cloud.mediaState('viewer')?.controls.subViews).toEqual({ anchor: view });
    await cloud.run(viewer.stopPlay({ userId: 'anchor', streamType: 'sub' }));
    await cloud.run(anchor.stopScreenShare());
    expect(heardViewer.of('onUserSubStreamAvailable').map((e) => e.available)).toEqual([true, false]);
  });

  it('a viewer (not publishing) may not share', async () => {
    const { cloud, viewer } = await liveRoom();
    const error = await failureOn(cloud, viewer.startScreenShare());
    expect(error.code).toBe(ErrorCode.INVALID_STATE);
    expect(error.message).toMatch(/^startScreenShare: not allowed while watching \(only an anchor/);
    expect(viewer.getSnapshot().media.screenShare).toBe('off');
  });
});
