import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by the soak (FUZZ_SEED=20261204, live world 29292, 21 % loss and a blip): after a blip,
 * TRTC's answer to a viewer's re-entry was lost, so its media link stayed "reconnecting" while IM
 * was back. Past the grace the room was left quietly, and that IM quit was lost too; only an outage
 * of IM made the room one to leave again, so the viewer ended outside but still in the room's
 * group, for good. A quiet leave now gives the room up as well: IM is told until it answers.
 */
describe('regression: a quiet leave whose IM quit is lost', () => {
  it('is told again, so the viewer ends outside the group too', async () => {
    const cloud = createFakeCloud({ latencyMs: 20 });
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await liveUser(cloud, 'viewer');
    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));

    // The blip's TRTC re-entry answer is lost: the media link stays reconnecting, IM is back.
    cloud.blip('viewer', 0);
    await cloud.advance(10);
    cloud.network.configure({ loss: 1 }, 'viewer');
    await cloud.advance(30);
    cloud.network.configure({ loss: 0 }, 'viewer');
    await cloud.advance(29_940);
    expect(viewer.room.getSnapshot().connection).toEqual({ media: 'reconnecting', signaling: 'connected' });

    // The grace runs out at 30 s: the quiet leave's quit goes up, and is lost.
    cloud.network.configure({ loss: 1 }, 'viewer');
    await cloud.advance(60);
    cloud.network.configure({ loss: 0 }, 'viewer');
    expect(viewer.room.getSnapshot().status).toBe('outside');
    expect(viewer.of('onError')).toMatchObject([{ code: 20021 }]);

    await cloud.advance(60_000);
    expect(cloud.liveRoomMembers(9)).toEqual(['owner']);
    expect(cloud.liveMediaState('viewer')?.roomId).toBeUndefined();
  });
});
