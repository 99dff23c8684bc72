import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { liveUser, run } from './live-helpers.js';

/**
 * Found by the fault harness (issue 14, FUZZ_SEED=20261204, live world 2714): alice in her room,
 * the same user logs in elsewhere and the kickedOffline notice is lost on the way. Every request
 * of hers is then answered "not logged in", yet her SDK stayed in its room (previewing, live) and
 * its TRTC room for good. The chat SDK learns a kick it did not hear from IM's answer to its next
 * request or hello (1002 HELLO_ANSWER_KICKED_OUT), as it does on reconnecting.
 */
describe('regression: a kick whose notice was lost', () => {
  it('the owner is told at her next request: logged out, in no TRTC room', async () => {
    const cloud = createFakeCloud({ latencyMs: 5 });
    const alice = await liveUser(cloud, 'alice');
    await run(cloud, () => alice.room.createRoom({ roomId: 33040, roomName: 'r', coverUrl: '' }));
    expect(alice.room.getSnapshot().status).toBe('previewing');

    cloud.network.configure({ loss: 1 }, 'alice');
    cloud
      .adapter('alice')
      .session.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 'dev' })
      .catch(() => undefined);
    await cloud.advance(50);
    cloud.network.configure({ loss: 0 }, 'alice');
    expect(alice.room.getSnapshot().status).toBe('previewing');

    const destroying = alice.room.destroyRoom();
    destroying.catch(() => undefined);
    await cloud.advance(5_000);
    await expect(destroying).rejects.toMatchObject({ code: 20003 });
    expect(alice.room.getSnapshot().status).toBe('loggedOut');
    expect(cloud.liveMediaState('alice')?.roomId).toBeUndefined();
  });
});
