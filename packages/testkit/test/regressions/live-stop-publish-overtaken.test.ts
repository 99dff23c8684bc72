import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { outcome } from '../helpers.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14), no faults needed: bob stops publishing while alice's PK
 * request reaches him. The stop is overtaken (bob is answering a PK request now, where stopping is
 * not allowed) and rejects, yet bob's device had stopped: his SDK said he published, so a viewer
 * entering 1 ms later never heard onAnchorEnter for him. A rejected method now changes nothing.
 */
describe('regression: stopPublish overtaken by a PK request', () => {
  it('rejects CANCELLED and bob still publishes, so a viewer entering hears onAnchorEnter', async () => {
    const cloud = createFakeCloud();
    const alice = await liveUser(cloud, 'alice');
    const bob = await liveUser(cloud, 'bob');
    const carol = await liveUser(cloud, 'carol');
    await goLive(cloud, alice, 1);
    await goLive(cloud, bob, 2);

    const pk = outcome(alice.room.requestRoomPK({ roomId: 2, userId: 'bob' }));
    const stop = outcome(bob.room.stopPublish());
    await cloud.advance(1);
    const enter = outcome(carol.room.enterRoom({ roomId: 2 }));
    await cloud.settle();
    await cloud.advance(30_000);

    expect(stop.error).toMatchObject({ code: ErrorCode.CANCELLED });
    expect(pk.settled && enter.settled).toBe(true);
    expect(bob.room.getSnapshot().room?.streamId).toBe('s-2');
    expect(cloud.liveMediaState('bob')?.streamId).toBe('s-2');
    expect(carol.of('onAnchorEnter')).toEqual([{ eventType: 'onAnchorEnter', userId: 'bob' }]);
    await run(cloud, () => bob.room.stopPublish());
    expect(cloud.liveMediaState('bob')?.streamId).toBeUndefined();
  });
});
