import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { outcome } from '../helpers.js';
import { goLive, liveUser, run } from './live-helpers.js';

/**
 * Found by a randomised run (issue 14): a command that settles its own op in place (answering a
 * link-mic request) must not drop the op of a command still running (a PK request being sent).
 */
describe('regression: requestRoomPK and responseJoinAnchor in the same tick', () => {
  it('settles both promises', async () => {
    const cloud = createFakeCloud();
    const annie = await liveUser(cloud, 'annie');
    const bella = await liveUser(cloud, 'bella');
    const viewer = await liveUser(cloud, 'viewer');
    await goLive(cloud, annie, 21);
    await goLive(cloud, bella, 22);
    await run(cloud, () => viewer.room.enterRoom({ roomId: 21 }));
    const asking = outcome(viewer.room.requestJoinAnchor({ reason: 'hi' }));
    await cloud.settle();
    expect(annie.of('onRequestJoinAnchor')).toHaveLength(1);

    const pk = outcome(annie.room.requestRoomPK({ roomId: 22, userId: 'bella' }));
    const answer = outcome(annie.room.responseJoinAnchor({ userId: 'viewer', isAgree: false, reason: 'no' }));
    await cloud.settle();
    await cloud.advance(30_000);

    expect({ pk: pk.settled, answer: answer.settled, asking: asking.settled }).toEqual({
      pk: true,
      answer: true,
      asking: true,
    });
    expect(answer.error).toBeUndefined();
    expect(pk.error).toBeUndefined();
  });
});
