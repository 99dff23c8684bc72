import { createCalling } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { collect, logInCallings } from '../helpers.js';

/**
 * Found by the fault harness (issue 14): carol accepts and hangs up at once, then calls alice. Her
 * accept's enterRoom reached the cloud after its exitRoom, so the cloud sent her alice's presence in
 * the old room; the device passed it on and carol's new call took alice as joined: inCall alone.
 */
describe('regression: media events of a room the device has left', () => {
  it('do not reach the next call (no call with a ghost party)', async () => {
    const cloud = createFakeCloud({ seed: 1, latencyMs: 0, jitterMs: 2 });
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    const carol = createCalling({ adapter: cloud.adapter('carol') });
    await logInCallings(cloud, { alice, bob, carol });
    const ignore = (p: Promise<void>) => p.catch(() => undefined);

    ignore(alice.call({ userId: 'bob', type: 2 }));
    ignore(alice.groupCall({ userIdList: ['carol'], type: 2 }));
    await cloud.advance(2_000);
    ignore(carol.accept());
    ignore(carol.hangup());
    await cloud.advance(1);
    const carolEvents = collect(carol.events$);
    ignore(carol.call({ userId: 'alice', type: 2 }));
    await cloud.advance(2_000);
    ignore(alice.hangup());
    await cloud.advance(45_000);

    expect(carolEvents.filter((e) => e.eventType === 'onUserEnter')).toEqual([]);
    expect(carol.getSnapshot().status).toBe('idle');
  });
});
