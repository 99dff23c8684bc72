import { expect, it } from 'vitest';
import { callers } from '../media/media-worlds.js';

/**
 * Found by the fault harness: a resume that still told the cloud of its mix finished after a later
 * pause had, and the SDK's state said playing while the device had paused. A track call's change
 * now stands only if no later call on the track finished first.
 */
it('a slow resume finishing after a later pause leaves the track paused in state, as on the device', async () => {
  const { cloud, alice } = await callers();
  const url = 'https://example.com/track.mp3#durationMs=60000';
  await cloud.run(alice.startPlayMusic({ id: 0, url, publish: true }));
  await cloud.run(alice.pausePlayMusic({ id: 0 }));
  cloud.network.configure({ latencyMs: 500 }, 'alice');
  const slowResume = alice.resumePlayMusic({ id: 0 });
  cloud.network.configure({ latencyMs: 10 }, 'alice');
  // Still paused in state: a second resume passes its check, and finishes at once (no mix change).
  await alice.resumePlayMusic({ id: 0 });
  const pause = alice.pausePlayMusic({ id: 0 });
  await cloud.advance(100);
  await pause;
  await cloud.advance(1_000);
  await slowResume;
  await cloud.settle();
  expect(cloud.mediaState('alice')?.controls.music.map((t) => t.paused)).toEqual([true]);
  expect(alice.getSnapshot().media.music.map((t) => t.status)).toEqual(['paused']);
});
