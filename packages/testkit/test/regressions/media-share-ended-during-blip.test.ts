import { describe, expect, it } from 'vitest';
import { liveRoom } from '../media/media-worlds.js';

/**
 * Found by the soak (FUZZ_SEED=20261204, live world 49093; shrunk to no loss or jitter): carol,
 * bob's co-host, shares her screen and leaves the room while bob's link blips. The news that she
 * left was lost in the blip, and bob's TRTC, rejoining, heard only who still publishes: bob's SDK
 * and device went on showing carol's screen share for good. TRTC syncs its remote-user list on
 * rejoining (as the fake call rooms already did): an anchor gone meanwhile is told as left.
 */
describe('regression: a co-host who leaves while the owner blips', () => {
  it('takes her screen share with her', async () => {
    const { cloud, anchor: bob, viewer: carol } = await liveRoom({ latencyMs: 0 });
    const asked = carol.requestJoinAnchor({ reason: 'hi' });
    await cloud.settle();
    await cloud.run(bob.responseJoinAnchor({ userId: 'viewer', isAgree: true, reason: '' }));
    await cloud.run(asked);
    await cloud.run(carol.startPublish({ streamId: 'carol_stream' }));
    await cloud.run(carol.startScreenShare({ publish: true }));
    await cloud.settle();
    expect(bob.getSnapshot().media.remoteSubStreams).toEqual(['viewer']);

    cloud.blip('anchor', 4);
    await cloud.run(carol.exitRoom());
    await cloud.advance(60_000);

    expect(bob.getSnapshot().media.remoteSubStreams).toEqual([]);
    expect(cloud.mediaState('anchor')?.controls.remoteSubStreams).toEqual([]);
    expect(bob.getSnapshot().status).toBe('live');
  });
});
