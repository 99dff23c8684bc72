import { createLiveRoom, ErrorCode, type LiveRoom } from '@trtc-smart/core';
import { step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { webLiveRoomHarness } from './web-adapter-harness.js';

/**
 * Regression (interop live fuzz, FUZZ_SEED=20261204 world 8: bob creates and publishes, goes
 * offline and logs out): the dismissal of his room's IM group and his logout are both lost; only
 * the logout was told again, and an IM group, unlike the fake cloud's own live rooms, outlives an
 * owner who is gone, so the room stayed listed for good. The owed logout dismisses it first.
 */
describe('adapter-web: an owner who logs out while offline', () => {
  it('has her room dismissed once she is back, before the owed logout', async () => {
    const world = webLiveRoomHarness.world({ latencyMs: 0 });
    const login = (room: LiveRoom, userId: string) =>
      step(world, () => room.login({ sdkAppId: world.sdkAppId, userId, userSig: `dev-sig-${userId}` }));
    const owner = createLiveRoom({ adapter: world.adapter('bob') });
    await login(owner, 'bob');
    await step(world, () => owner.createRoom({ roomId: 27717, roomName: 'r', coverUrl: '' }));
    await step(world, () => owner.startPublish({ streamId: 'bob_stream' }));

    world.cloud.setOnline('bob', false);
    const loggedOut = owner.logout().then(
      () => undefined,
      (error: { code: number }) => error.code,
    );
    await world.cloud.advance(20_000);
    expect(await loggedOut).toBe(ErrorCode.NETWORK_TIMEOUT);
    world.cloud.setOnline('bob', true);
    await world.cloud.advance(30_000);

    const probe = createLiveRoom({ adapter: world.adapter('probe') });
    await login(probe, 'probe');
    const { roomList } = await step(world, () => probe.getRoomInfos({ roomIdList: [27717] }));
    expect(roomList).toEqual([]);
    expect(world.cloud.onlineUsers()).not.toContain('bob');
  });

  /**
   * FUZZ_SEED=20261204 world 207 (3 % loss): carol logs out while her createRoom is under way; the
   * creation's answer is lost, so the group may stand, and the logout stopped the entry before it
   * could be given up on.
   */
  it('has the room she was creating dismissed too', async () => {
    const world = webLiveRoomHarness.world({ latencyMs: 50 });
    const owner = createLiveRoom({ adapter: world.adapter('carol') });
    await step(world, () =>
      owner.login({ sdkAppId: world.sdkAppId, userId: 'carol', userSig: 'dev-sig-carol' }),
    );
    const settled = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        () => undefined,
      );
    const creating = settled(owner.createRoom({ roomId: 41409, roomName: 'r', coverUrl: '' }));
    await world.cloud.advance(60); // the creation is made; its answer is on its way
    world.cloud.setOnline('carol', false);
    const loggedOut = settled(owner.logout());
    await world.cloud.advance(20_000);
    await Promise.all([creating, loggedOut]);
    world.cloud.setOnline('carol', true);
    await world.cloud.advance(30_000);

    const probe = createLiveRoom({ adapter: world.adapter('probe') });
    await step(world, () =>
      probe.login({ sdkAppId: world.sdkAppId, userId: 'probe', userSig: 'dev-sig-probe' }),
    );
    const { roomList } = await step(world, () => probe.getRoomInfos({ roomIdList: [41409] }));
    expect(roomList).toEqual([]);
  });
});
