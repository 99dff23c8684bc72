import { createLiveRoom, type LivePeerMessage, type LiveSignalingPort } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, step } from '../src/index.js';

describe('the PK request core sends', () => {
  it('names the asked anchor and its room (a flow-level native requestRoomPK takes both)', async () => {
    const cloud = createFakeCloud();
    const world = { cloud };
    const sent: { userId: string; message: LivePeerMessage }[] = [];
    const adapter = cloud.adapter('annie');
    const liveSignaling: LiveSignalingPort = Object.create(adapter.liveSignaling);
    liveSignaling.sendPeerMessage = (params) => {
      sent.push(params);
      return adapter.liveSignaling.sendPeerMessage(params);
    };
    const annie = createLiveRoom({ adapter: { ...adapter, liveSignaling } });
    const bella = createLiveRoom({ adapter: cloud.adapter('bella') });
    const goLive = async (room: typeof annie, userId: string, roomId: number) => {
      const sdkAppId = cloud.options.sdkAppId;
      await step(world, () => room.login({ sdkAppId, userId, userSig: `dev-sig-${userId}` }));
      await step(world, () => room.createRoom({ roomId, roomName: 'r', coverUrl: '' }));
      await step(world, () => room.startPublish({ streamId: `s-${userId}` }));
    };
    await goLive(annie, 'annie', 21);
    await goLive(bella, 'bella', 22);
    await step(world, () => annie.requestRoomPK({ roomId: 22, userId: 'bella' }));
    expect(sent).toEqual([
      {
        userId: 'bella',
        message: { type: 'roomPKRequest', roomId: 22, fromRoomId: 21, fromStreamId: 's-annie' },
      },
    ]);
  });
});
