import { step } from '@trtc-smart/testkit';
import { expect, it } from 'vitest';
import { webLiveRoomHarness } from './web-adapter-harness.js';

/**
 * The interop fuzz worlds' regression: leaving a live room stops publishing first, and when that
 * unpublish failed (the link was down) the leave skipped TRTC's exitRoom, so the device stayed in
 * the TRTC room for good although the SDK was outside.
 */
it('a live room is left in TRTC even when the unpublish before it fails', async () => {
  const world = webLiveRoomHarness.world();
  const adapter = world.adapter('alice');
  await step(world, () =>
    adapter.session.login({ sdkAppId: world.sdkAppId, userId: 'alice', userSig: 'dev-sig-alice' }),
  );
  await step(world, () => adapter.liveMedia.enterRoom({ roomId: 1001, userId: 'alice', role: 'anchor' }));
  await step(world, () => adapter.liveMedia.startPublish({ streamId: 'alice_stream' }));
  world.cloud.network.partition('alice');
  const leaving = adapter.liveMedia.exitRoom().then(
    () => 'left',
    () => 'failed',
  );
  await world.cloud.advance(20_000);
  world.cloud.network.heal('alice');
  await world.cloud.advance(20_000);
  await leaving;
  expect(world.cloud.liveMediaState('alice')?.roomId).toBeUndefined();
  expect(world.cloud.liveMediaMembers(1001)).toEqual([]);
});
