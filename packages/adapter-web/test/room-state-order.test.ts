import { RoomStatus } from '@trtc-smart/core';
import { step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { webLiveRoomHarness } from './web-adapter-harness.js';

const single = { status: RoomStatus.SINGLE, anchors: [{ userId: 'anchor', userName: '', streamId: 's' }] };
const none = { status: RoomStatus.NONE, anchors: [] };

/** Regression (issue 14): an older room-state announcement never replaces a newer one. */
describe('adapter-web: room-state announcements', () => {
  it('keep the newest state in the room, whatever order they are made or travel in', async () => {
    const world = webLiveRoomHarness.world({ seed: 4, jitterMs: 200 });
    const adapter = world.adapter('anchor');
    const signaling = adapter.liveSignaling;
    await step(world, () =>
      adapter.session.login({ sdkAppId: world.sdkAppId, userId: 'anchor', userSig: 'dev-sig-anchor' }),
    );
    await step(world, () => signaling.createRoom({ roomId: 5, roomName: 'r', coverUrl: '', state: none }));
    const introOf = async () =>
      (await step(world, () => signaling.getRoomInfos({ roomIds: [5] })))[0]?.state.status;

    // Made in order, sent at once: the network may swap them.
    const newer = [signaling.setRoomState({ roomId: 5, state: single, seq: 10 })];
    newer.push(signaling.setRoomState({ roomId: 5, state: none, seq: 11 }));
    await step(world, () => Promise.all(newer));
    expect(await introOf()).toBe(RoomStatus.NONE);

    // A late older one is dropped.
    await step(world, () => signaling.setRoomState({ roomId: 5, state: single, seq: 12 }));
    await step(world, () => signaling.setRoomState({ roomId: 5, state: none, seq: 3 }));
    expect(await introOf()).toBe(RoomStatus.SINGLE);
  });
});
