import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by the soak (FUZZ_SEED=20261204, live world 33309, no fault but 1 ms of jitter): carol
 * agreed to bob's PK and quit it in the same tick. Her two IM messages to bob crossed, so bob
 * heard the quit while still asking (ignored) and the agreement after it, and stayed in a PK
 * that had ended. A live room's messages to one user now go out in turn (each once IM answered
 * the one before), and IM pushes one sender's messages to a user in the order it took them.
 */
describe('regression: a PK agreed to and quit in the same tick', () => {
  it.each(Array.from({ length: 30 }, (_, i) => i + 1))(
    'seed %i: both anchors end out of PK',
    async (seed) => {
      const cloud = createFakeCloud({ seed, latencyMs: 0, jitterMs: 20 });
      const bob = await liveUser(cloud, 'bob');
      const carol = await liveUser(cloud, 'carol');
      await goLive(cloud, bob, 27717);
      await goLive(cloud, carol, 41409);
      const asked = bob.room.requestRoomPK({ roomId: 41409, userId: 'carol' });
      await cloud.advance(2_000);
      const agreed = carol.room.responseRoomPK({ userId: 'bob', isAgree: true, reason: '' });
      const quit = carol.room.quitRoomPK();
      await run(cloud, () => Promise.all([asked, agreed, quit]));
      await cloud.advance(60_000);

      expect(carol.room.getSnapshot().status).toBe('live');
      expect(bob.room.getSnapshot().status).toBe('live');
      expect(bob.of('onQuitRoomPK')).toHaveLength(1);
    },
  );
});
