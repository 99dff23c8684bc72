import { createLiveRoom, type LiveRoom } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeAdapter, type FakeCloud } from '../../src/index.js';
import { goLive, liveUser, run } from './live-helpers.js';

const ROOM = 33040;
const params = { roomId: ROOM, roomName: 'r', coverUrl: '' };

interface Device {
  readonly room: LiveRoom;
  readonly adapter: FakeAdapter;
}

/** alice logged in on two devices (IM multi-terminal login), each with its own live-room SDK. */
async function twoDevices(cloud: FakeCloud): Promise<[Device, Device]> {
  const devices = [0, 1].map(() => {
    const adapter = cloud.adapter('alice');
    return { adapter, room: createLiveRoom({ adapter }) };
  });
  for (const { room } of devices)
    await run(cloud, () => room.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 'dev' }));
  return devices as [Device, Device];
}

/**
 * Found by the fault harness once live worlds gave a user a second device (issue 14): both devices
 * created the same room at once. IM answers the second "already yours" (10025), TRTC put the first
 * device out of the room when the second entered it, and the first, as the owner, dismissed the
 * room under the second, which never heard it (previewing a room that no longer existed). A room
 * is now held by the device that made it: the other device's createRoom fails with
 * ALREADY_EXISTS and changes nothing; the other device's logout leaves the room alone.
 */
describe('regression: two devices of one user and one room', () => {
  it('creating it from both at once: the second fails cleanly, the first holds the room', async () => {
    const cloud = createFakeCloud({ multiTerminal: true, latencyMs: 0 });
    const [first, second] = await twoDevices(cloud);
    const a = first.room.createRoom(params);
    const b = second.room.createRoom(params);
    b.catch(() => undefined);
    await cloud.advance(5_000);
    await a;
    await expect(b).rejects.toMatchObject({ code: 20031 });
    expect(first.room.getSnapshot().status).toBe('previewing');
    expect(second.room.getSnapshot().status).toBe('outside');
    expect(first.adapter.liveMediaState().roomId).toBe(ROOM);
    expect(second.adapter.liveMediaState().roomId).toBeUndefined();
    expect(cloud.liveRoomMembers(ROOM)).toEqual(['alice']);

    await cloud.advance(11 * 60_000);
    expect(first.room.getSnapshot().status).toBe('previewing');
    await run(cloud, () => first.room.destroyRoom());
    expect(cloud.liveRoomMembers(ROOM)).toEqual([]);
  });

  it('the other device logging out leaves the live room and its members alone', async () => {
    const cloud = createFakeCloud({ multiTerminal: true, latencyMs: 10 });
    const [first, second] = await twoDevices(cloud);
    await goLive(cloud, first, ROOM);
    const bob = await liveUser(cloud, 'bob');
    await run(cloud, () => bob.room.enterRoom({ roomId: ROOM }));
    await run(cloud, () => second.room.logout());
    await cloud.advance(60_000);
    expect(first.room.getSnapshot().status).toBe('live');
    expect(cloud.liveRoomMembers(ROOM)).toEqual(['alice', 'bob']);
    await run(cloud, () => first.room.sendRoomTextMsg({ msg: 'still here' }));
    expect(bob.of('onRecvRoomTextMsg')).toHaveLength(1);
  });
});
