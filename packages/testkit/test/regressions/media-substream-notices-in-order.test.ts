import { describe, expect, it } from 'vitest';
import { outcome } from '../helpers.js';
import { liveRoom } from '../media/media-worlds.js';

/**
 * Found by the 100,000-world soak (FUZZ_SEED=20261204, live world 13441, 1 ms of jitter): dave
 * started a published screen share and the browser's own "stop sharing" ended it in the same
 * millisecond. The fake cloud sent the viewer's two substream notices (available, then not) each
 * with its own jitter, so they could cross: the viewer ended up seeing a share that had ended.
 * TRTC tells a room's members of a remote stream over one connection, in order, as the fake cloud
 * already did for audio and video; the substream notices now go the same way.
 */
describe('regression: a screen share started and ended at once', () => {
  it('the viewer ends with no substream, whatever the jitter draws (seeds 1-40)', async () => {
    const seen: number[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const { cloud, anchor, viewer } = await liveRoom({ seed, latencyMs: 5, jitterMs: 20 });
      const sharing = outcome(anchor.startScreenShare({ publish: true }));
      await cloud.advance(6); // the start is answered; its notice to the viewer is on its way
      cloud.endScreenShare('anchor');
      await cloud.settle();
      await cloud.advance(5_000);
      expect(sharing.settled).toBe(true);
      if (viewer.getSnapshot().media.remoteSubStreams.length > 0) seen.push(seed);
    }
    expect(seen).toEqual([]);
  });
});
