import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { outcome } from '../helpers.js';
import { inCall, liveRoom, view } from './media-worlds.js';

const url = 'https://cdn.example/tone.wav#durationMs=60000';

describe('the call or room ends mid-operation', () => {
  it('hanging up stops the share on both sides; music goes on (it needs only a login)', async () => {
    const { cloud, alice, bob, heardBob } = await inCall();
    await cloud.run(alice.startScreenShare());
    await cloud.run(bob.startRemoteView({ userId: 'alice', view, streamType: 'sub' }));
    await cloud.run(alice.startPlayMusic({ id: 1, url, publish: true }));
    await cloud.run(alice.hangup());
    await cloud.settle();
    expect(alice.getSnapshot().media.screenShare).toBe('off');
    expect(cloud.mediaState('alice')?.controls.screenShare).toBe('off');
    expect(bob.getSnapshot().media.remoteSubStreams).toEqual([]);
    // Bob hears the share end or not, as the share's stop and the call's end race: his state is clean either way.
    expect(heardBob.of('onUserSubStreamAvailable')[0]?.available).toBe(true);
    expect(cloud.mediaState('bob')?.controls.subViews).toEqual({});
    expect(alice.getSnapshot().media.music.map((t) => t.id)).toEqual([1]);
  });

  it('a share started as the other hangs up settles, and leaves no share behind', async () => {
    const { cloud, alice, bob } = await inCall();
    const sharing = outcome(alice.startScreenShare());
    const hangup = bob.hangup();
    await cloud.run(hangup);
    await cloud.settle();
    expect(sharing.settled).toBe(true);
    if (sharing.error) expect((sharing.error as { code: number }).code).toBe(ErrorCode.CANCELLED);
    expect(alice.getSnapshot().status).toBe('idle');
    expect(alice.getSnapshot().media.screenShare).toBe('off');
    expect(cloud.mediaState('alice')?.controls.screenShare).toBe('off');
  });

  it('a share started and hung up in the same tick settles, and leaves no share behind', async () => {
    const { cloud, alice } = await inCall();
    const sharing = outcome(alice.startScreenShare());
    await cloud.run(alice.hangup());
    await cloud.settle();
    expect(sharing.settled).toBe(true);
    expect(alice.getSnapshot().media.screenShare).toBe('off');
    expect(cloud.mediaState('alice')?.controls.screenShare).toBe('off');
  });

  it('logging out stops the music on the device; a start in flight settles', async () => {
    const { cloud, alice, heardAlice } = await inCall();
    await cloud.run(alice.startPlayMusic({ id: 1, url, publish: true }));
    const starting = outcome(alice.startPlayMusic({ id: 2, url }));
    await cloud.run(alice.logout());
    await cloud.settle();
    expect(starting.settled).toBe(true);
    expect(alice.getSnapshot().media.music).toEqual([]);
    expect(cloud.mediaState('alice')?.controls.music).toEqual([]);
    expect(cloud.mediaState('alice')?.controls.musicMixed).toBe(false);
    const heard = heardAlice.all.length;
    await cloud.advance(5000);
    expect(heardAlice.all.slice(heard)).toEqual([]);
  });

  it('destroying stops music and share, and completes state$', async () => {
    const { cloud, alice } = await inCall();
    await cloud.run(alice.startPlayMusic({ id: 1, url }));
    await cloud.run(alice.startScreenShare());
    let completed = false;
    alice.state$.subscribe({ complete: () => (completed = true) });
    await cloud.run(alice.destroy());
    await cloud.settle();
    expect(completed).toBe(true);
    expect(cloud.mediaState('alice')?.controls.music).toEqual([]);
    expect(cloud.mediaState('alice')?.controls.screenShare).toBe('off');
  });

  it("the anchor leaving ends its share; the viewer's substream goes away", async () => {
    const { cloud, anchor, viewer, heardViewer } = await liveRoom();
    await cloud.run(anchor.startScreenShare());
    await cloud.run(viewer.startPlay({ userId: 'anchor', view, streamType: 'sub' }));
    await cloud.run(anchor.destroyRoom());
    await cloud.settle();
    expect(anchor.getSnapshot().media.screenShare).toBe('off');
    expect(cloud.mediaState('anchor')?.controls.screenShare).toBe('off');
    expect(heardViewer.of('onUserSubStreamAvailable').map((e) => e.available)[0]).toBe(true);
    expect(viewer.getSnapshot().media.remoteSubStreams).toEqual([]);
    expect(cloud.mediaState('viewer')?.controls.subViews).toEqual({});
  });
});
