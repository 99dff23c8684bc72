import { createLiveRoom, ErrorCode } from '@trtc-smart/core';
import { step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { webLiveRoomHarness } from './web-adapter-harness.js';

/**
 * Regression (interop live fuzz, FUZZ_SEED=20261204 world 1084, 8 % loss and a partition): carol's
 * createRoom made the IM group, its TRTC entry failed, and the dismissal that undid the group
 * went unanswered. createRoom failed with the TRTC error, which does not say the group may stand,
 * so nothing dismissed it again and the room stayed listed for good.
 */
describe('adapter-web: a createRoom whose TRTC entry fails and whose undo goes unanswered', () => {
  it('fails as a lost answer, and the room is dismissed once the link is back', async () => {
    const world = webLiveRoomHarness.world({ latencyMs: 50 });
    const owner = createLiveRoom({ adapter: world.adapter('carol') });
    await step(world, () =>
      owner.login({ sdkAppId: world.sdkAppId, userId: 'carol', userSig: 'dev-sig-carol' }),
    );
    const created = owner.createRoom({ roomId: 41409, roomName: 'r', coverUrl: '' }).then(
      () => undefined,
      (error: { code: number }) => error.code,
    );
    await world.cloud.advance(210); // the group is made; the TRTC entry is on its way
    world.cloud.network.partition('carol');
    await world.cloud.advance(5_100);
    world.cloud.network.heal('carol');
    await world.cloud.advance(30_000);
    expect(await created).toBe(ErrorCode.NETWORK_TIMEOUT);
    expect(owner.getSnapshot().status).toBe('outside');

    const probe = createLiveRoom({ adapter: world.adapter('probe') });
    await step(world, () =>
      probe.login({ sdkAppId: world.sdkAppId, userId: 'probe', userSig: 'dev-sig-probe' }),
    );
    const { roomList } = await step(world, () => probe.getRoomInfos({ roomIdList: [41409] }));
    expect(roomList).toEqual([]);
  });
});
