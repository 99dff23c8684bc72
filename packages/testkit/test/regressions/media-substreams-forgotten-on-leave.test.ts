import { expect, it } from 'vitest';
import { inCall, liveRoom, view } from '../media/media-worlds.js';

/**
 * The fake SDK forgot a remote screen share only when its sharer left: a device that left the room
 * itself kept it (and its view) in cloud.mediaState, as if it still received the substream.
 */
it("a viewer leaving the room forgets the anchor's substream and its view", async () => {
  const { cloud, anchor, viewer } = await liveRoom();
  await cloud.run(anchor.startScreenShare());
  await cloud.run(viewer.startPlay({ userId: 'anchor', view, streamType: 'sub' }));
  await cloud.run(viewer.exitRoom());
  expect(viewer.getSnapshot().media.remoteSubStreams).toEqual([]);
  expect(cloud.mediaState('viewer')?.controls.remoteSubStreams).toEqual([]);
  expect(cloud.mediaState('viewer')?.controls.subViews).toEqual({});
});

it("a caller hanging up forgets the other's substream", async () => {
  const { cloud, alice, bob } = await inCall();
  await cloud.run(alice.startScreenShare());
  await cloud.run(bob.startRemoteView({ userId: 'alice', view, streamType: 'sub' }));
  await cloud.run(bob.hangup());
  await cloud.settle();
  expect(cloud.mediaState('bob')?.controls.remoteSubStreams).toEqual([]);
  expect(cloud.mediaState('bob')?.controls.subViews).toEqual({});
});
