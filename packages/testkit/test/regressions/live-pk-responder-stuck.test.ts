import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { outcome } from '../helpers.js';
import { goLive, type LiveUser, liveUser, run } from './live-helpers.js';

/** Annie (room 21) asks bella (room 22) for PK; resolves once bella has been asked. */
async function pkAsked(cloud: FakeCloud): Promise<{ annie: LiveUser; bella: LiveUser }> {
  const annie = await liveUser(cloud, 'annie');
  const bella = await liveUser(cloud, 'bella');
  await goLive(cloud, annie, 21);
  await goLive(cloud, bella, 22);
  outcome(annie.room.requestRoomPK({ roomId: 22, userId: 'bella' }));
  await cloud.settle();
  expect(bella.room.getSnapshot().status).toBe('respondingPK');
  return { annie, bella };
}

/**
 * Found by a randomised run (issue 14): an anchor that accepted a PK waits for the requester's
 * stream; if it never comes (the requester gave up or went away), the PK must end.
 */
describe('regression: a PK responder whose requester is gone', () => {
  it('does not stay inPK when it accepted after the requester timed out', async () => {
    const cloud = createFakeCloud();
    const { annie, bella } = await pkAsked(cloud);
    await cloud.advance(9_960);
    await run(cloud, () => bella.room.responseRoomPK({ userId: 'annie', isAgree: true, reason: '' }));
    await cloud.advance(60_000);

    expect(annie.room.getSnapshot().status).toBe('live');
    expect(bella.room.getSnapshot()).toMatchObject({ status: 'live', pkPartner: null });
    expect(bella.of('onQuitRoomPK')).toHaveLength(1);
  });

  it('does not stay inPK when the requester logged out before the answer', async () => {
    const cloud = createFakeCloud();
    const { annie, bella } = await pkAsked(cloud);
    await run(cloud, () => annie.room.logout());
    await run(cloud, () => bella.room.responseRoomPK({ userId: 'annie', isAgree: true, reason: '' }));
    await cloud.advance(60_000);

    expect(bella.room.getSnapshot()).toMatchObject({ status: 'live', pkPartner: null });
  });
});
