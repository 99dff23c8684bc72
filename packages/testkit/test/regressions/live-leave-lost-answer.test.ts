import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { rejection } from '../helpers.js';
import { goLive, type LiveUser, liveUser, run } from './live-helpers.js';

/** Cuts the user off `at` ms into `leave`, heals at 6 s, and returns how `leave` ended. */
async function cutOffWhileLeaving(cloud: FakeCloud, userId: string, leave: Promise<void>, at: number) {
  const left = rejection(leave).catch(() => null); // null: it resolved
  await cloud.advance(at);
  cloud.network.partition(userId);
  await cloud.advance(6_000 - at);
  cloud.network.heal(userId);
  await cloud.settle();
  return left;
}

async function liveWithViewer(cloud: FakeCloud): Promise<{ owner: LiveUser; viewer: LiveUser }> {
  const owner = await liveUser(cloud, 'owner');
  await goLive(cloud, owner, 9);
  const viewer = await liveUser(cloud, 'viewer');
  await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));
  return { owner, viewer };
}

/**
 * Found by a randomised run (issue 14): a leave whose TRTC exit answer was lost skipped the IM part,
 * leaving a zombie room or a ghost member behind an anchor that could not retry. Now the IM part
 * decides: if it fails the user is still in the room and may retry; once it is done, the TRTC exit
 * (local first) cannot fail the leave.
 */
describe('regression: destroyRoom / exitRoom whose answer is lost', () => {
  for (const at of [10, 30]) {
    it(`destroyRoom cut off ${at} ms in: rejected, still the owner, and a retry dismisses the room`, async () => {
      const cloud = createFakeCloud();
      const { owner, viewer } = await liveWithViewer(cloud);
      const failure = await cutOffWhileLeaving(cloud, 'owner', owner.room.destroyRoom(), at);
      expect(failure?.code).toBe(ErrorCode.NETWORK_TIMEOUT);
      expect(owner.room.getSnapshot()).toMatchObject({ status: 'live', room: { roomId: 9 } });

      await run(cloud, () => owner.room.destroyRoom());
      await cloud.advance(20 * 60_000);
      expect(owner.room.getSnapshot().status).toBe('outside');
      expect(cloud.liveMediaState('owner')?.roomId).toBeUndefined();
      expect(viewer.room.getSnapshot().status).toBe('outside');
      const other = await liveUser(cloud, 'other');
      await run(cloud, () => other.room.createRoom({ roomId: 9, roomName: 'mine', coverUrl: '' }));
      expect(other.room.getSnapshot().status).toBe('previewing');
    });

    it(`exitRoom cut off ${at} ms in: rejected, still watching, and a retry leaves no ghost member`, async () => {
      const cloud = createFakeCloud();
      const { viewer } = await liveWithViewer(cloud);
      const failure = await cutOffWhileLeaving(cloud, 'viewer', viewer.room.exitRoom(), at);
      expect(failure?.code).toBe(ErrorCode.NETWORK_TIMEOUT);
      expect(viewer.room.getSnapshot().status).toBe('watching');

      await run(cloud, () => viewer.room.exitRoom());
      await cloud.advance(60_000);
      expect(viewer.room.getSnapshot().status).toBe('outside');
      expect(cloud.liveRoomMembers(9)).toEqual(['owner']);
      expect(cloud.liveMediaState('viewer')?.roomId).toBeUndefined();
    });
  }
});
