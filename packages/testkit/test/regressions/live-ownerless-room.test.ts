import { createLiveRoom } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, DEAD_ROOM_DISMISS_MS } from '../../src/index.js';
import { collect } from '../helpers.js';

const sdkAppId = 1_400_000_001;

/**
 * Found by the fault harness (issue 14): a createRoom whose owner never reaches the TRTC room (kicked
 * offline by a login elsewhere mid-createRoom, or its IM answer lost so the SDK gave up) left the IM
 * room behind forever: listed, entered by viewers who watch nobody, its id taken. The cloud dismisses
 * it like a room whose owner dropped off.
 */
describe('regression: a room whose owner never enters its TRTC room', () => {
  it('is dismissed after DEAD_ROOM_DISMISS_MS, and its audience told', async () => {
    const cloud = createFakeCloud({ seed: 1, latencyMs: 0 });
    const owner = createLiveRoom({ adapter: cloud.adapter('carol') });
    const viewer = createLiveRoom({ adapter: cloud.adapter('alice') });
    const logins = [
      owner.login({ sdkAppId, userId: 'carol', userSig: 's' }),
      viewer.login({ sdkAppId, userId: 'alice', userSig: 's' }),
    ];
    await cloud.settle();
    await Promise.all(logins);

    owner.createRoom({ roomId: 41409, roomName: 'r', coverUrl: '' }).catch(() => undefined);
    // The same user logs in on another device in the same tick: this SDK's session is kicked.
    cloud.adapter('carol').session.login({ sdkAppId, userId: 'carol', userSig: 's' });
    const events = collect(viewer.events$);
    viewer.enterRoom({ roomId: 41409 }).catch(() => undefined);
    await cloud.settle();
    expect(cloud.liveMediaState('carol')?.roomId).toBeUndefined();

    await cloud.advance(DEAD_ROOM_DISMISS_MS + 1_000);
    expect(events).toContainEqual({ eventType: 'onRoomDestroy', roomId: 41409 });
    expect(viewer.getSnapshot().status).toBe('outside');
    const { roomList } = await (async () => {
      const infos = viewer.getRoomInfos({ roomIdList: [41409] });
      await cloud.settle();
      return infos;
    })();
    expect(roomList).toEqual([]);
  });
});
