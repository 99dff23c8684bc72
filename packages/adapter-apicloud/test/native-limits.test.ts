import { loggedInParties, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { apicloudHarness } from './apicloud-harness.js';

/** The closest faithful behaviour where the native API cannot express a conformance scenario. */
describe('what the native module cannot express', () => {
  it('invite timeout: the caller gives up after its own timeout and hangs the native call up; the callee sees a cancel', async () => {
    const world = apicloudHarness.world();
    const [a, b] = await loggedInParties(world, ['alice', 'bob'], { inviteTimeoutSec: 5 });
    if (!a || !b) throw new Error('parties');
    await step(world, () => a.calling.call({ userId: 'bob', type: 2 }));
    await world.cloud.advance(6_000);
    await world.cloud.settle();
    expect(a.of('onNoResp')).toEqual([{ eventType: 'onNoResp', userId: 'bob' }]);
    expect(a.of('onCallEnd').map((e) => e.reason)).toEqual(['noResponse']);
    expect(world.natives.get('alice')?.calls.at(-1)).toEqual({
      module: 'calling',
      method: 'hangup',
      params: {},
    });
    expect(b.of('onCallingCancel')).toEqual([{ eventType: 'onCallingCancel', userId: 'alice' }]);
    expect([a.calling.getSnapshot().status, b.calling.getSnapshot().status]).toEqual(['idle', 'idle']);
  });

  it('glare: both meet in one native call (the smaller userId wins there); roomIds stay per-adapter handles', async () => {
    const world = apicloudHarness.world();
    const [a, b] = await loggedInParties(world, ['alice', 'bob']);
    if (!a || !b) throw new Error('parties');
    const calls = Promise.all([
      a.calling.call({ userId: 'bob', type: 1 }),
      b.calling.call({ userId: 'alice', type: 1 }),
    ]);
    await world.cloud.settle();
    await calls;
    await world.cloud.settle();
    expect([a.calling.getSnapshot().status, b.calling.getSnapshot().status]).toEqual(['inCall', 'inCall']);
    const nativeRoom = (userId: string) =>
      world.natives.get(userId)?.engine.calling.getSnapshot().call?.roomId;
    expect(nativeRoom('alice')).toBeDefined();
    expect(nativeRoom('bob')).toBe(nativeRoom('alice'));
    expect(world.natives.get('alice')?.engine.calling.getSnapshot().call?.role).toBe('caller');
    await step(world, () => a.calling.hangup());
    expect([a.calling.getSnapshot().status, b.calling.getSnapshot().status]).toEqual(['idle', 'idle']);
    expect([a.of('onCallEnd').map((e) => e.reason), b.of('onCallEnd').map((e) => e.reason)]).toEqual([
      ['localHangup'],
      ['remoteHangup'],
    ]);
  });
});
