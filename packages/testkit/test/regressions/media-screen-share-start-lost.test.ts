import { expect, it } from 'vitest';
import { failure, inCall, liveRoom } from '../media/media-worlds.js';

/**
 * The fake SDK turned its screen share on before the cloud heard of it and kept it on when that
 * request failed: the SDK rejected and said 'off', the device shared on, and nothing stopped it
 * when the call or room ended (found by the fault harness: a startScreenShare in a partition).
 */
it('a screen share whose start fails (the link is down) is off on the device too', async () => {
  const { cloud, anchor } = await liveRoom();
  cloud.network.partition('anchor');
  const start = failure(anchor.startScreenShare({ publish: true }));
  await cloud.advance(30_000);
  expect((await start).message).toBeTruthy();
  cloud.network.heal('anchor');
  await cloud.settle();
  expect(anchor.getSnapshot().media.screenShare).toBe('off');
  expect(cloud.mediaState('anchor')?.controls.screenShare).toBe('off');
});

it('a failed start in a call leaves nothing shared once the call is over', async () => {
  const { cloud, alice } = await inCall();
  cloud.network.partition('alice');
  const start = failure(alice.startScreenShare({ publish: true }));
  await cloud.advance(30_000);
  await start;
  cloud.network.heal('alice');
  await cloud.settle();
  expect(alice.getSnapshot().media.screenShare).toBe('off');
  expect(cloud.mediaState('alice')?.controls.screenShare).toBe('off');
});
