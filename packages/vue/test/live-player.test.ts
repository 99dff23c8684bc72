// @vitest-environment happy-dom
import { createLiveRoom, type LiveRoom, type Rect } from '@trtc-smart/core';
import { createFakeCloud, type FakeCloud, type FakeView } from '@trtc-smart/testkit';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { LivePlayer } from '../src/index.js';

let cloud: FakeCloud;
const rect = (): Rect => ({ x: 0, y: 0, w: 320, h: 240 });
async function run<T>(work: Promise<T>): Promise<T> {
  await cloud.settle();
  await nextTick();
  return work;
}
async function liveAnchor(userId: string, roomId: number): Promise<LiveRoom<FakeView>> {
  const room = createLiveRoom({ adapter: cloud.adapter(userId) });
  await run(room.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
  await run(room.createRoom({ roomId, roomName: userId, coverUrl: '' }));
  await run(room.startPublish({ streamId: `${userId}_stream` }));
  return room;
}

beforeEach(() => {
  cloud = createFakeCloud({ seed: 17 });
});

describe('LivePlayer', () => {
  it("a tile mounted before its user's stream is in the room plays it once they enter (a PK partner); renders its slot", async () => {
    const alice = await liveAnchor('alice', 1001);
    const dave = await liveAnchor('dave', 1002);
    const carol = createLiveRoom({ adapter: cloud.adapter('carol') });
    await run(carol.login({ sdkAppId: cloud.options.sdkAppId, userId: 'carol', userSig: 'dev' }));
    await run(carol.enterRoom({ roomId: 1001 }));
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    const slots = { default: () => h('span', 'dave') };
    // Mounted early, as an app may render the partner's tile as soon as the room lists them.
    const tiles = [alice, carol].map((room) =>
      mount(LivePlayer, { props: { room, userId: 'dave', view: rect, onError }, slots }),
    );
    await run(Promise.resolve());
    expect(cloud.liveMediaState('carol')?.plays ?? {}).toEqual({});

    await run(alice.requestRoomPK({ roomId: 1002, userId: 'dave' }));
    await run(dave.responseRoomPK({ userId: 'alice', isAgree: true, reason: '' }));
    await run(Promise.resolve());
    expect(alice.getSnapshot().status).toBe('inPK');
    expect(errors).toEqual([]);
    expect(Object.keys(cloud.liveMediaState('alice')?.plays ?? {})).toEqual(['dave']);
    expect(Object.keys(cloud.liveMediaState('carol')?.plays ?? {})).toEqual(['dave']);
    expect(tiles.map((t) => t.text())).toEqual(['dave', 'dave']);
    for (const tile of tiles) tile.unmount();
    await run(Promise.resolve());
    expect(cloud.liveMediaState('carol')?.plays ?? {}).toEqual({});
  });
});
