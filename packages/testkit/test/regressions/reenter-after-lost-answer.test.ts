import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { outcome } from '../helpers.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by a randomised run (issue 14): the cloud took an enterRoom whose answer was lost; entering
 * the same room again must tell the client the room as it is, as a first entry does.
 */
describe('regression: re-entering a room after a lost enterRoom answer', () => {
  it('a viewer who enters again hears who publishes', async () => {
    const cloud = createFakeCloud();
    const owner = await liveUser(cloud, 'owner');
    await goLive(cloud, owner, 9);
    const viewer = await liveUser(cloud, 'viewer');
    const first = outcome(viewer.room.enterRoom({ roomId: 9 }));
    await cloud.advance(70); // the TRTC entry is answered at 80 ms: lose the answer
    cloud.network.partition('viewer');
    await cloud.advance(4_000);
    cloud.network.heal('viewer');
    await cloud.advance(1_000); // the entry times out; the cloud still holds the device (for mediaTimeoutMs)
    await cloud.settle();
    expect(first.error).toBeDefined();
    expect(viewer.of('onAnchorEnter')).toEqual([]);

    await run(cloud, () => viewer.room.enterRoom({ roomId: 9 }));
    expect(viewer.of('onAnchorEnter')).toEqual([{ eventType: 'onAnchorEnter', userId: 'owner' }]);
  });

  it('a callee who enters the call room again hears who is in it', async () => {
    const cloud = createFakeCloud();
    const alice = cloud.adapter('alice');
    const bob = cloud.adapter('bob');
    const heard: string[] = [];
    bob.callMedia.events$.subscribe((e) => {
      if (e.type === 'userEntered') heard.push(e.userId);
    });
    const sdkAppId = cloud.options.sdkAppId;
    await run(cloud, () => alice.session.login({ sdkAppId, userId: 'alice', userSig: 's' }));
    await run(cloud, () => bob.session.login({ sdkAppId, userId: 'bob', userSig: 's' }));
    await run(cloud, () => alice.callMedia.enterRoom({ roomId: 3, userId: 'alice', callType: 2 }));
    const first = outcome(bob.callMedia.enterRoom({ roomId: 3, userId: 'bob', callType: 2 }));
    await cloud.advance(30); // answered at 40 ms: lose the answer
    cloud.network.partition('bob');
    await cloud.advance(5_000);
    cloud.network.heal('bob');
    await cloud.settle();
    expect(first.error).toBeDefined();
    heard.length = 0;

    await run(cloud, () => bob.callMedia.enterRoom({ roomId: 3, userId: 'bob', callType: 2 }));
    expect(heard).toEqual(['alice']);
  });
});
