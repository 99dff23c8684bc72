import { createLiveRoom, type LiveRoom } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { run } from './live-helpers.js';

/**
 * Found by the live fuzz with the sleep fault (FUZZ_SEED=20261204, 593rd live world at beb2be5):
 * bob's tab went to sleep 1 ms into destroyRoom, for 5.2 s. IM dismissed his room and answered
 * at once, but the answer waited for the sleeping tab while his request's 5 s deadline ran on the
 * cloud's clock: destroyRoom failed with NETWORK_TIMEOUT on waking, and bob stayed `previewing` a
 * room whose IM group was gone. A browser freezes a sleeping tab's timers with its other tasks, and
 * on waking runs the answer that was queued first. The fake cloud now does the same (81430ff: a
 * device's timers run on its own clock, regressions/sleep-keeps-answers covers a request made while
 * asleep); this keeps the fuzz's world, a request made awake whose answer arrives once the tab
 * sleeps (IM answers at 10 ms, the answer lands at 20 ms). It fails at beb2be5, without 81430ff.
 */
async function owner(cloud: FakeCloud, roomId: number): Promise<LiveRoom> {
  const room = createLiveRoom({ adapter: cloud.adapter('bob') });
  await run(cloud, () => room.login({ sdkAppId: cloud.options.sdkAppId, userId: 'bob', userSig: 'dev' }));
  await run(cloud, () => room.createRoom({ roomId, roomName: "bob's room", coverUrl: '' }));
  return room;
}

/** How long the tab sleeps and when it wakes (ms after falling asleep). */
const SLEEPS: readonly (readonly [number, number])[] = [
  [5_184, 5_000], // the fuzz's world: past the request's deadline, woken a little early
  [5_184, 5_184],
  [40_000, 40_000],
];

describe('regression: a tab asleep through destroyRoom', () => {
  for (const [sleepMs, wokenAtMs] of SLEEPS)
    it(`asleep 1 ms into destroyRoom for ${sleepMs} ms (woken after ${wokenAtMs} ms): the room is left`, async () => {
      const cloud = createFakeCloud({ latencyMs: 10 });
      const bob = await owner(cloud, 27717);

      const destroyed = bob.destroyRoom();
      destroyed.catch(() => undefined);
      await cloud.advance(1);
      cloud.sleep('bob', sleepMs);
      await cloud.advance(wokenAtMs - 1);
      cloud.sleep('bob', 0); // already asleep: it wakes now
      await cloud.advance(60_000);

      await expect(destroyed).resolves.toBeUndefined();
      expect(bob.getSnapshot().status).toBe('outside');
      expect(cloud.liveMediaState('bob')?.roomId).toBeUndefined();
      expect(cloud.liveRoomMembers(27717)).toEqual([]);
    });
});
