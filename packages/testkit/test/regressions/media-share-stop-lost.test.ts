import { describe, expect, it } from 'vitest';
import { liveRoom } from '../media/media-worlds.js';

/**
 * Found by the 100,000-world soak (FUZZ_SEED=20261204: call world 5690 with 1 % loss, live world
 * 13441 with 3 %): the sharer stopped its screen share, or the browser's bar ended it, and that
 * stop was lost on its way up. The device had stopped, the cloud still had the substream, and the
 * room's members went on seeing a share that had ended. TRTC's SDK unpublishes over its one
 * connection, which retransmits what a lossy link drops; the fake cloud now carries a screen
 * share's start and stop the same way (late under loss, never not at all while the link is up).
 */
describe('regression: a screen share stop on a lossy link', () => {
  for (const end of ['stopScreenShare', "the browser's stop button"] as const) {
    it(`${end}: the viewer ends with no substream (seeds 1-30, 30 % loss)`, async () => {
      const seen: number[] = [];
      for (let seed = 1; seed <= 30; seed++) {
        const { cloud, anchor, viewer } = await liveRoom({ seed, latencyMs: 5 });
        await cloud.run(anchor.startScreenShare({ publish: true }));
        await cloud.settle();
        cloud.network.configure({ loss: 0.3 }, 'anchor');
        if (end === 'stopScreenShare') await cloud.run(anchor.stopScreenShare());
        else cloud.endScreenShare('anchor');
        await cloud.advance(10_000);
        cloud.network.configure({ loss: 0 }, 'anchor');
        await cloud.settle();
        if (viewer.getSnapshot().media.remoteSubStreams.length > 0) seen.push(seed);
      }
      expect(seen).toEqual([]);
    });
  }
});
