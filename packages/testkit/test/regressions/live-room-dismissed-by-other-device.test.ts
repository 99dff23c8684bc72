import { createLiveRoom, type LiveRoom, type LiveRoomEvent } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { goLive, run } from './live-helpers.js';

const ROOM = 33040;

/** alice on the device labelled `label` (multi-terminal login), with the events it heard. */
async function device(cloud: FakeCloud, label: string, reconcileIntervalSec?: number) {
  const adapter = cloud.adapter(label);
  const room: LiveRoom = createLiveRoom(
    reconcileIntervalSec ? { adapter, reconcileIntervalSec } : { adapter },
  );
  const events: LiveRoomEvent[] = [];
  room.events$.subscribe((e) => events.push(e));
  await run(cloud, () => room.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 'dev' }));
  return { room, events };
}

/**
 * Found by the 100,000-world soak (FUZZ_SEED=20261204, live world 26458, 10 % loss): alice is live
 * in her room on one device; her second device's createRoom of the same room is lost on its way to
 * IM. That entry gives up and, as the owner, dismisses the group it may have made: the first
 * device's room. The roomDestroyed notice to the first device was lost too, and an owner never
 * read its room, so it stayed live in a room that was gone. The owner now reads its room as
 * viewers do (every reconcileIntervalSec), and takes IM's NOT_FOUND for its own announcement as
 * the room gone: either way it ends as a dismissed room ends.
 */
/** The tablet's lost createRoom dismisses the phone's room; that notice to the phone is lost. */
async function dismissedUnheard(reconcileIntervalSec?: number) {
  const cloud = createFakeCloud({ multiTerminal: true, latencyMs: 20 });
  const first = await device(cloud, 'phone', reconcileIntervalSec);
  const second = await device(cloud, 'tablet');
  await goLive(cloud, first, ROOM);
  // The createRoom is lost on the way up; the tablet gives up at its 5 s deadline.
  cloud.network.configure({ loss: 1 }, 'tablet');
  const created = second.room.createRoom({ roomId: ROOM, roomName: 'r', coverUrl: '' });
  created.catch(() => undefined);
  await cloud.advance(30);
  cloud.network.configure({ loss: 0 }, 'tablet');
  await cloud.advance(4_960);
  cloud.network.configure({ loss: 1 }, 'phone');
  await cloud.advance(150);
  cloud.network.configure({ loss: 0 }, 'phone');
  await expect(created).rejects.toMatchObject({ code: 20020 });
  expect(cloud.liveRoomMembers(ROOM)).toEqual([]);
  return { cloud, first };
}

describe('regression: a room dismissed by its owner on another device', () => {
  it('the device live in it reads that the room is gone, though the notice was lost', async () => {
    const { cloud, first } = await dismissedUnheard();
    expect(first.room.getSnapshot().status).toBe('live');
    await cloud.advance(2 * 60_000);
    expect(first.room.getSnapshot().status).toBe('outside');
    expect(first.events.filter((e) => e.eventType === 'onRoomDestroy')).toHaveLength(1);
  });

  it('its next announcement, refused as NOT_FOUND, ends the room at once', async () => {
    const { cloud, first } = await dismissedUnheard(3_600);
    await run(cloud, () => first.room.stopPublish());
    await cloud.advance(1_000);
    expect(first.room.getSnapshot().status).toBe('outside');
    expect(first.events.filter((e) => e.eventType === 'onRoomDestroy')).toHaveLength(1);
  });
});
