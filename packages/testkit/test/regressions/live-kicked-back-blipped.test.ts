import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204, 647th live world at db30a82): alice
 * creates her room twice in one tick, is kicked (the same user logs in elsewhere), logs in again
 * and her link blips; her room stayed listed for good, an ownerless zombie nobody could dismiss.
 */
describe('regression: kicked, back and blipped, the owner leaves no zombie room', () => {
  it('the room is gone once the dead-room grace has run out', async () => {
    const cloud = createFakeCloud({ latencyMs: 0, jitterMs: 0 });
    const alice = await liveUser(cloud, 'alice');
    const login = { sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 'dev' };
    await cloud.advance(2_001);
    const params = { roomId: 33040, roomName: 'r', coverUrl: '' };
    alice.room.createRoom(params).catch(() => undefined);
    alice.room.createRoom(params).catch(() => undefined);
    await cloud.advance(2_001);
    cloud
      .adapter('alice')
      .session.login(login)
      .catch(() => undefined);
    await cloud.advance(81);
    alice.room.login(login).catch(() => undefined);
    await cloud.advance(81);
    cloud.blip('alice', 0);
    await cloud.advance(81);
    alice.room.responseJoinAnchor({ userId: 'bob', isAgree: false, reason: 'no' }).catch(() => undefined);
    await cloud.advance(11 * 60_000);

    expect(alice.room.getSnapshot().status).toBe('outside');
    expect(cloud.liveMediaState('alice')?.roomId).toBeUndefined();
    const probe = await liveUser(cloud, 'probe');
    const { roomList } = await run(cloud, () => probe.room.getRoomInfos({ roomIdList: [33040] }));
    expect(roomList).toEqual([]);
  });
});
