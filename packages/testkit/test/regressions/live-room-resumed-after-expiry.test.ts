import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { goLive, type LiveUser, liveUser, run } from './live-helpers.js';

/** The owner's userSig expires while live: IM logs it out and keeps its group, status 1 and all. */
async function expireAndCreateAgain(cloud: FakeCloud, owner: LiveUser): Promise<void> {
  cloud.expireUserSig('owner');
  await cloud.advance(1_000);
  expect(owner.room.getSnapshot().status).toBe('loggedOut');
  await run(cloud, () =>
    owner.room.login({ sdkAppId: cloud.options.sdkAppId, userId: 'owner', userSig: 'dev' }),
  );
  await run(cloud, () => owner.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
  await cloud.advance(1_000);
}

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204, FUZZ_PATH=3310): an owner whose userSig
 * expired is logged out while IM keeps its group, whose introduction still holds the old status.
 * Logged in again, it creates the room again: IM answers "already yours" (10025) and the group
 * stays as it was. The owner starts from the initial state, so it announced nothing: viewers still
 * in the group, and newcomers reading its introduction, kept the old status for good.
 */
describe('regression: an owner that creates again a room IM still has', () => {
  it('announces its current state to the viewers still in the group', async () => {
    const cloud = createFakeCloud();
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));
    expect(viewer.room.getSnapshot().room?.roomInfo.roomStatus).toBe(1);

    await expireAndCreateAgain(cloud, owner);

    expect(owner.room.getSnapshot().room?.roomInfo.roomStatus).toBe(0);
    expect(viewer.room.getSnapshot().status).toBe('watching');
    expect(viewer.room.getSnapshot().room?.roomInfo.roomStatus).toBe(0);
    expect(viewer.of('onRoomInfoChange').at(-1)).toMatchObject({ roomInfo: { roomStatus: 0 } });
  });

  it('rewrites what a newcomer reads', async () => {
    const cloud = createFakeCloud();
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);

    await expireAndCreateAgain(cloud, owner);
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));

    expect(viewer.room.getSnapshot().room?.roomInfo.roomStatus).toBe(0);
    expect(viewer.room.getSnapshot().room?.roomInfo.streamUrl).toBe('');
    // Going live again is announced as usual.
    await run(cloud, () => owner.room.startPublish({ streamId: 's-9' }));
    await cloud.advance(1_000);
    expect(viewer.room.getSnapshot().room?.roomInfo.roomStatus).toBe(1);
  });
});
