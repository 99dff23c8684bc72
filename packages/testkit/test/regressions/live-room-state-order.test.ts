import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { outcome } from '../helpers.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by a randomised run (issue 14): two room-state announcements the network reorders must not
 * let the older one win, for the members or for the room as newcomers read it.
 */
describe('regression: room-state announcements out of order', () => {
  it('the newest state wins everywhere, however the owner uplink reorders them', async () => {
    const stale: number[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const cloud = createFakeCloud({ seed });
      const annie = await liveUser(cloud, 'annie');
      const bella = await liveUser(cloud, 'bella');
      await goLive(cloud, annie, 21);
      await goLive(cloud, bella, 22);
      const viewer = await liveUser(cloud, 'viewer');
      await run(cloud, () => viewer.room.enterRoom({ roomId: 21 }));
      // PK, then straight out of it: two announcements from annie in the same tick.
      annie.room.roomPKEvents$.subscribe((e) => {
        if (e.eventType === 'onSuccess') outcome(annie.room.quitRoomPK());
      });
      cloud.network.configure({ jitterMs: 200 }, 'annie');
      outcome(annie.room.requestRoomPK({ roomId: 22, userId: 'bella' }));
      await cloud.settle();
      await run(cloud, () => bella.room.responseRoomPK({ userId: 'annie', isAgree: true, reason: '' }));
      await cloud.advance(2_000);
      cloud.network.configure({ jitterMs: 0 }, 'annie');

      const newcomer = await liveUser(cloud, 'newcomer');
      await run(cloud, () => newcomer.room.enterRoom({ roomId: 21 }));
      const own = annie.room.getSnapshot().room?.roomInfo.roomStatus;
      const seen = [viewer, newcomer].map((u) => u.room.getSnapshot().room?.roomInfo.roomStatus);
      if (seen.some((status) => status !== own)) stale.push(seed);
    }
    expect(stale).toEqual([]);
  });
});
