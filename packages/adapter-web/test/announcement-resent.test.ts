import { ErrorCode, RoomStatus } from '@trtc-smart/core';
import { step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { webLiveRoomHarness } from './web-adapter-harness.js';

const none = { status: RoomStatus.NONE, anchors: [] };
const single = { status: RoomStatus.SINGLE, anchors: [{ userId: 'anchor', userName: '', streamId: 's' }] };

/**
 * Regression (interop live fuzz, world seed 1838023437 at 3 % loss: erin creates and publishes,
 * carol enters and never hears the room go SINGLE): core's announce() sends an announcement whose
 * answer was lost again under the same number, and setRoomState dropped it as "not newer".
 */
describe('adapter-web: a room-state announcement whose answer was lost', () => {
  it('fails with NETWORK_TIMEOUT and is made when sent again under the same number', async () => {
    const world = webLiveRoomHarness.world({ seed: 4 });
    const adapter = world.adapter('anchor');
    const signaling = adapter.liveSignaling;
    await step(world, () =>
      adapter.session.login({ sdkAppId: world.sdkAppId, userId: 'anchor', userSig: 'dev-sig-anchor' }),
    );
    await step(world, () => signaling.createRoom({ roomId: 5, roomName: 'r', coverUrl: '', state: none }));

    world.cloud.network.configure({ loss: 1 }, 'anchor');
    const lost = signaling.setRoomState({ roomId: 5, state: single, seq: 1 }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(await step(world, () => lost)).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });

    world.cloud.network.configure({ loss: 0 }, 'anchor');
    await step(world, () => signaling.setRoomState({ roomId: 5, state: single, seq: 1 }));
    const [record] = await step(world, () => signaling.getRoomInfos({ roomIds: [5] }));
    expect(record?.state.status).toBe(RoomStatus.SINGLE);
  });
});
