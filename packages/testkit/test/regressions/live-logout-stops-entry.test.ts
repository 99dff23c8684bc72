import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { outcome, rejection } from '../helpers.js';
import { liveUser, run } from './live-helpers.js';

/**
 * Found by a randomised run (issue 14): logging out while createRoom / enterRoom is under way
 * cancels it, and undoes whatever part already happened: no zombie room, no device left behind.
 */
describe('regression: logout during createRoom or enterRoom', () => {
  // 10 ms: the IM request is on its way; 50 ms: the TRTC entry is (20 ms each way).
  for (const at of [10, 50]) {
    it(`createRoom cut off ${at} ms in leaves no zombie room`, async () => {
      const cloud = createFakeCloud();
      const annie = await liveUser(cloud, 'annie');
      const bella = await liveUser(cloud, 'bella');
      const creating = annie.room.createRoom({ roomId: 5, roomName: 'r', coverUrl: '' });
      const created = outcome(creating);
      await cloud.advance(at);
      await run(cloud, () => annie.room.logout());
      await cloud.advance(30_000);

      expect(created.settled).toBe(true);
      expect((await rejection(creating)).code).toBe(ErrorCode.CANCELLED);
      expect(cloud.liveMediaState('annie')?.roomId).toBeUndefined();
      // The id is free: another anchor creates it.
      await run(cloud, () => bella.room.createRoom({ roomId: 5, roomName: 'mine', coverUrl: '' }));
      expect(bella.room.getSnapshot().status).toBe('previewing');
    });

    it(`enterRoom cut off ${at} ms in leaves the device in no room`, async () => {
      const cloud = createFakeCloud();
      const owner = await liveUser(cloud, 'owner');
      await run(cloud, () => owner.room.createRoom({ roomId: 5, roomName: 'r', coverUrl: '' }));
      const viewer = await liveUser(cloud, 'viewer');
      const entered = outcome(viewer.room.enterRoom({ roomId: 5 }));
      await cloud.advance(at);
      await run(cloud, () => viewer.room.logout());
      await cloud.advance(30_000);

      expect(entered.settled).toBe(true);
      expect(cloud.liveMediaState('viewer')?.roomId).toBeUndefined();
      expect(cloud.liveRoomMembers(5)).toEqual(['owner']);
    });
  }
});
