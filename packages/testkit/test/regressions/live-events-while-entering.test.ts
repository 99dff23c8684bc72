import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by a randomised run (issue 14): room events that reach a viewer before its enterRoom has
 * finished (the stream it will watch, the room's end, a new room state) must not be lost.
 */
describe('regression: live events that arrive while entering', () => {
  it('a viewer hears onAnchorEnter for an owner already live, whatever the jitter', async () => {
    const missed: number[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const cloud = createFakeCloud({ seed, jitterMs: 20 });
      const owner = await liveUser(cloud, 'owner');
      await goLive(cloud, owner, 9);
      const viewer = await liveUser(cloud, 'viewer');
      await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));
      if (viewer.of('onAnchorEnter').length !== 1) missed.push(seed);
    }
    expect(missed).toEqual([]);
  });

  it('a viewer entering just after destroyRoom does not watch a dead room', async () => {
    const stuck: number[] = [];
    for (let delay = 16; delay <= 38; delay += 2) {
      const cloud = createFakeCloud({ seed: delay });
      const owner = await liveUser(cloud, 'owner');
      await goLive(cloud, owner, 9);
      const viewer = await liveUser(cloud, 'viewer');
      const destroying = owner.room.destroyRoom();
      destroying.catch(() => undefined);
      await cloud.advance(delay);
      const entering = viewer.room.enterRoom({ roomId: 9 });
      entering.catch(() => undefined);
      await cloud.settle();
      await cloud.advance(30_000);
      if (viewer.room.getSnapshot().status !== 'outside') stuck.push(delay);
    }
    expect(stuck).toEqual([]);
  });

  it('a viewer hears a room state announced while it was entering', async () => {
    const stale: number[] = [];
    for (let delay = 0; delay <= 60; delay += 4) {
      const cloud = createFakeCloud({ seed: delay });
      const owner = await liveUser(cloud, 'owner');
      await run(cloud, () => owner.room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
      const viewer = await liveUser(cloud, 'viewer');
      const publishing = owner.room.startPublish({ streamId: 's-9' });
      await cloud.advance(delay);
      const entering = viewer.room.enterRoom({ roomId: 9 });
      await cloud.settle();
      await Promise.all([entering, publishing]);
      await cloud.advance(1_000);
      const anchors = viewer.room.getSnapshot().room?.anchors.map((a) => a.userId);
      if (anchors?.join() !== 'owner') stale.push(delay);
    }
    expect(stale).toEqual([]);
  });
});
