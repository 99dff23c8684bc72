import { createLiveRoom, type LiveRoom, type LiveSignalingEvent } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud, step } from '../src/index.js';

const run = <T>(cloud: FakeCloud, action: () => Promise<T>) => step({ cloud }, action);

async function liveRoomOf(cloud: FakeCloud, userId: string): Promise<LiveRoom> {
  const room = createLiveRoom({ adapter: cloud.adapter(userId) });
  await run(cloud, () => room.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
  return room;
}

const memberCount = (room: LiveRoom) => room.getSnapshot().room?.roomInfo.memberCount;

describe("a live room's member count", () => {
  it('stays current for every member as the audience enters and leaves, without onRoomInfoChange', async () => {
    const cloud = createFakeCloud();
    const anchor = await liveRoomOf(cloud, 'anchor');
    await run(cloud, () => anchor.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    await run(cloud, () => anchor.startPublish({ streamId: 's' }));
    const [bob, carol, dave] = [
      await liveRoomOf(cloud, 'bob'),
      await liveRoomOf(cloud, 'carol'),
      await liveRoomOf(cloud, 'dave'),
    ];
    const heardByBob: string[] = [];
    bob.events$.subscribe((e) => heardByBob.push(e.eventType));
    await run(cloud, () => bob.enterRoom({ roomId: 7 }));
    expect(memberCount(bob)).toBe(2);

    await run(cloud, () => carol.enterRoom({ roomId: 7 }));
    await run(cloud, () => dave.enterRoom({ roomId: 7 }));
    await run(cloud, () => carol.exitRoom());
    await cloud.advance(2_000);
    expect([anchor, bob, dave].map(memberCount)).toEqual([3, 3, 3]);

    await run(cloud, () => dave.exitRoom());
    await cloud.advance(2_000);
    expect([anchor, bob].map(memberCount)).toEqual([2, 2]);
    // The count is room info an app renders from the state; onRoomInfoChange stays the owner's announcement.
    expect(heardByBob).not.toContain('onRoomInfoChange');
  });

  it('reaches a crowd as a few coalesced updates, not one per arrival', async () => {
    const cloud = createFakeCloud({ trace: false, jitterMs: 30 });
    const sdkAppId = cloud.options.sdkAppId;
    const anchor = await liveRoomOf(cloud, 'anchor');
    await run(cloud, () => anchor.createRoom({ roomId: 8, roomName: 'crowd', coverUrl: '' }));
    const crowd = Array.from({ length: 1_000 }, (_, i) => {
      const adapter = cloud.adapter(`v${i}`);
      return { room: createLiveRoom({ adapter }), adapter, userId: `v${i}` };
    });
    const countUpdates: LiveSignalingEvent[] = [];
    crowd[0]?.adapter.liveSignaling.events$.subscribe((e) => {
      if (e.type === 'memberCountChanged') countUpdates.push(e);
    });
    await run(cloud, () =>
      Promise.all(crowd.map((v) => v.room.login({ sdkAppId, userId: v.userId, userSig: 'dev' }))),
    );
    await run(cloud, () => Promise.all(crowd.map((v) => v.room.enterRoom({ roomId: 8 }))));
    await cloud.advance(3_000);
    expect(new Set(crowd.map((v) => memberCount(v.room)))).toEqual(new Set([1_001]));
    expect(memberCount(anchor)).toBe(1_001);
    expect(countUpdates.length).toBeLessThanOrEqual(3);
    // A thousand real actors take seconds of CPU on a loaded 2-core machine; the clock is virtual.
  }, 30_000);
});
