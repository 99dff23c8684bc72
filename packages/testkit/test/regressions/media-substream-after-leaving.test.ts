import { expect, it } from 'vitest';
import { callers } from '../media/media-worlds.js';

/**
 * A screen share started as another user hangs up reached that user's device after it had left the
 * room, and the fake SDK took it: cloud.mediaState showed the device receiving a substream of a
 * room it was not in, for good (found by the fault harness). TRTC drops a left room's events.
 */
it('a substream announced as the device leaves the room is not received', async () => {
  const { cloud, alice, bob } = await callers();
  await cloud.run(alice.call({ userId: 'bob', type: 2 }));
  await cloud.run(bob.accept());
  await cloud.settle();
  // In one tick: alice leaves, bob shares (the cloud still counts alice in the room).
  const hangup = alice.hangup();
  const share = bob.startScreenShare({ publish: true });
  await cloud.run(Promise.allSettled([hangup, share]));
  await cloud.settle();
  expect(alice.getSnapshot().status).toBe('idle');
  expect(cloud.mediaState('alice')?.controls.remoteSubStreams).toEqual([]);
});
