import { describe, expect, it } from 'vitest';
import { fakeCloudHarness, loggedInLiveParties, step } from '../src/index.js';

// Not a conformance scenario: only adapters that learn a co-host's CDN stream id (TRTC's room here,
// wire action 103 on the web) can report it; the native plugin's events do not carry it.
describe("a co-host's stream id", () => {
  it('reaches the owner with its stream and is announced in the anchor list to the whole room', async () => {
    const world = fakeCloudHarness.world();
    const [anchor, bob, dave] = await loggedInLiveParties(world, ['anchor', 'bob', 'dave']);
    if (!anchor || !bob || !dave) throw new Error('three parties');
    await step(world, () => anchor.room.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    await step(world, () => anchor.room.startPublish({ streamId: 'stream-anchor' }));
    for (const p of [bob, dave]) await step(world, () => p.room.enterRoom({ roomId: 7 }));
    await step(world, () => bob.room.requestJoinAnchor({ reason: 'hi' }));
    await step(world, () => anchor.room.responseJoinAnchor({ userId: 'bob', isAgree: true, reason: 'ok' }));
    await step(world, () => bob.room.startPublish({ streamId: 'bob-stream' }));
    const streams = (p: typeof anchor) =>
      p.room.getSnapshot().room?.anchors.map(({ userId, streamId }) => [userId, streamId]);
    const announced = [
      ['anchor', 'stream-anchor'],
      ['bob', 'bob-stream'],
    ];
    expect([streams(anchor), streams(dave)]).toEqual([announced, announced]);
  });
});
