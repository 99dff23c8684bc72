import { expect, it } from 'vitest';
import { callers } from '../media/media-worlds.js';

/**
 * The fake SDK's startPlayMusic waited for the cloud to hear of the mix before resolving, while the
 * track already played: with the link down, a short track completed first, its onMusicComplete
 * found no track in the SDK's state, and the start then added one that played on forever there
 * (found by the fault harness). TRTC's start does not wait for the cloud.
 */
it('a published track that ends while the link is down is not left playing in state', async () => {
  const { cloud, alice, heardAlice } = await callers();
  cloud.network.partition('alice');
  const url = 'https://example.com/short.mp3#durationMs=1000';
  const start = alice.startPlayMusic({ id: 0, url, publish: true });
  await cloud.advance(30_000);
  await start.catch(() => undefined);
  cloud.network.heal('alice');
  await cloud.settle();
  expect(cloud.mediaState('alice')?.controls.music).toEqual([]);
  expect(alice.getSnapshot().media.music).toEqual([]);
  expect(heardAlice.of('onMusicComplete')).toEqual([{ eventType: 'onMusicComplete', id: 0 }]);
});
