import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { goLive, type LiveUser, liveUser, run } from './live-helpers.js';

/** The same user logs in on a second device: the first one's session is kicked offline. */
function kick(cloud: FakeCloud, userId: string): void {
  const device = cloud.adapter(userId);
  void device.session
    .login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' })
    .catch(() => undefined);
}

async function loginAgain(cloud: FakeCloud, user: LiveUser, userId: string): Promise<void> {
  await run(cloud, () => user.room.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
}

/**
 * Found by the fault harness (issue 14): a device kicked offline (its user logged in elsewhere)
 * while in a live room, or while creating or entering one, stayed in the TRTC room: its SDK said
 * it was logged out, then outside once logged in again, while TRTC (which IM's kick does not
 * touch) kept the room.
 */
describe('regression: kicked offline in a live room', () => {
  it('a watching viewer kicked, then logged in again, is in no TRTC room', async () => {
    const cloud = createFakeCloud({ latencyMs: 0 });
    const owner = await liveUser(cloud, 'alice');
    await goLive(cloud, owner, 7);
    const bob = await liveUser(cloud, 'bob');
    await run(cloud, () => bob.room.enterRoom({ roomId: 7 }));
    kick(cloud, 'bob');
    await cloud.settle();
    expect(bob.room.getSnapshot().status).toBe('loggedOut');
    expect(cloud.liveMediaState('bob')?.roomId).toBeUndefined();
    await loginAgain(cloud, bob, 'bob');
    expect(bob.room.getSnapshot().status).toBe('outside');
    expect(cloud.liveMediaState('bob')?.roomId).toBeUndefined();
  });

  for (const [what, at] of [
    ['creating', 10],
    ['creating', 50],
    ['creating', 70],
    ['entering', 10],
    ['entering', 50],
    ['entering', 70],
  ] as const) {
    it(`kicked ${at} ms into ${what} a room: in no TRTC room and no group`, async () => {
      const cloud = createFakeCloud({ latencyMs: 20 });
      const owner = await liveUser(cloud, 'alice');
      await goLive(cloud, owner, 7);
      const bob = await liveUser(cloud, 'bob');
      const entry =
        what === 'creating'
          ? bob.room.createRoom({ roomId: 8, roomName: 'b', coverUrl: '' })
          : bob.room.enterRoom({ roomId: 7 });
      entry.catch(() => undefined);
      await cloud.advance(at);
      kick(cloud, 'bob');
      await cloud.advance(60_000);
      await loginAgain(cloud, bob, 'bob');
      await cloud.advance(20 * 60_000);
      expect(bob.room.getSnapshot().status).toBe('outside');
      expect(cloud.liveMediaState('bob')?.roomId).toBeUndefined();
      expect(cloud.liveRoomMembers(7)).toEqual(['alice']);
      expect(cloud.liveRoomMembers(8)).toEqual([]);
    });
  }
});
