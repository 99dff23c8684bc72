import { createLiveRoom, ErrorCode, type LiveRoomEvent, type RequestOutcomeEvent } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud, step } from '../src/index.js';
import { rejection } from './helpers.js';

const run = <T>(cloud: FakeCloud, action: () => Promise<T>) => step({ cloud }, action);

describe('the createLiveRoom object', () => {
  it('works with its methods destructured or passed as callbacks', async () => {
    const cloud = createFakeCloud();
    const sdkAppId = cloud.options.sdkAppId;
    const { login, createRoom, startPublish, getSnapshot, events$ } = createLiveRoom({
      adapter: cloud.adapter('anchor'),
    });
    const viewer = createLiveRoom({ adapter: cloud.adapter('viewer') });
    const { enterRoom, getAnchorList } = viewer;
    const exitRoom: () => Promise<void> = viewer.exitRoom;
    const heard: LiveRoomEvent[] = [];
    events$.subscribe((e) => heard.push(e));

    await run(cloud, () => login({ sdkAppId, userId: 'anchor', userSig: 'dev' }));
    await run(cloud, () => createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    await run(cloud, () => startPublish({ streamId: 's' }));
    await run(cloud, () => viewer.login({ sdkAppId, userId: 'viewer', userSig: 'dev' }));
    await run(cloud, () => enterRoom({ roomId: 7 }));
    expect(getSnapshot().status).toBe('live');
    expect((await getAnchorList()).userList.map((u) => u.userId)).toEqual(['anchor']);
    await run(cloud, () => Promise.resolve().then(exitRoom));
    expect(viewer.getSnapshot().status).toBe('outside');
    expect(heard.map((e) => e.eventType)).toContain('onAudienceExit');
    expect(viewer.events$).toBe(viewer.events$);
    expect(viewer.state$).toBe(viewer.state$);
    // A method read twice is the same function (an app's effect dependencies and unsubscriptions rely on it).
    expect(viewer.login).toBe(viewer.login);
    expect(viewer.exitRoom).toBe(exitRoom);
    expect(viewer.login).not.toBe(createLiveRoom({ adapter: cloud.adapter('other') }).login);
  });

  it('keeps each instance to itself: state, events and listeners', async () => {
    const cloud = createFakeCloud();
    const sdkAppId = cloud.options.sdkAppId;
    const anchor = createLiveRoom({ adapter: cloud.adapter('anchor') });
    const a = createLiveRoom({ adapter: cloud.adapter('a'), requestTimeoutSec: 2 });
    const b = createLiveRoom({ adapter: cloud.adapter('b'), requestTimeoutSec: 2 });
    const aOutcomes: RequestOutcomeEvent[] = [];
    const bOutcomes: RequestOutcomeEvent[] = [];
    a.linkMicEvents$.subscribe((e) => aOutcomes.push(e));
    b.linkMicEvents$.subscribe((e) => bOutcomes.push(e));
    expect(a.linkMicEvents$).not.toBe(b.linkMicEvents$);
    expect(a.login).not.toBe(b.login);

    await run(cloud, () => anchor.login({ sdkAppId, userId: 'anchor', userSig: 'dev' }));
    await run(cloud, () => anchor.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    await run(cloud, () => anchor.startPublish({ streamId: 's' }));
    await run(cloud, () => a.login({ sdkAppId, userId: 'a', userSig: 'dev' }));
    await run(cloud, () => b.login({ sdkAppId, userId: 'b', userSig: 'dev' }));
    await run(cloud, () => a.enterRoom({ roomId: 7 }));
    expect([a.getSnapshot().status, b.getSnapshot().status]).toEqual(['watching', 'outside']);

    await run(cloud, () => a.requestJoinAnchor({ reason: 'hi' }));
    await cloud.advance(2_000);
    expect(aOutcomes).toEqual([{ eventType: 'onFailure', reason: 'timeout: no answer in time' }]);
    expect(bOutcomes).toEqual([]);
  });

  it('completes a request listener first read after destroy, as the ones read before', async () => {
    const cloud = createFakeCloud();
    const room = createLiveRoom({ adapter: cloud.adapter('a') });
    const before: string[] = [];
    room.roomPKEvents$.subscribe({ complete: () => before.push('complete') });
    await run(cloud, () => room.destroy());
    const after: string[] = [];
    room.linkMicEvents$.subscribe({ complete: () => after.push('complete') });
    expect([before, after]).toEqual([['complete'], ['complete']]);
    expect((await rejection(room.login({ sdkAppId: 1, userId: 'a', userSig: 'x' }))).code).toBe(
      ErrorCode.DESTROYED,
    );
  });
});

describe('the fake adapter', () => {
  it('builds the ports a role does not use on first read, once, and spreading still copies every port', () => {
    const cloud = createFakeCloud();
    const adapter = cloud.adapter('a');
    expect(adapter.callSignaling).toBe(adapter.callSignaling);
    expect(adapter.imGroups).toBe(adapter.imGroups);
    const copy = { ...adapter };
    for (const port of ['session', 'callSignaling', 'callMedia', 'liveSignaling', 'liveMedia'] as const) {
      expect(copy[port]).toBe(adapter[port]);
    }
    expect([copy.imSignaling, copy.imGroups, copy.random, copy.clock]).toEqual([
      adapter.imSignaling,
      adapter.imGroups,
      adapter.random,
      adapter.clock,
    ]);
  });

  it("draws the same random numbers whenever its random port is first read (the seed's stream)", async () => {
    const early = createFakeCloud({ seed: 5 }).adapter('a');
    const earlyDraws = [early.random.next(), early.random.next()];
    const cloud = createFakeCloud({ seed: 5 });
    const late = cloud.adapter('a');
    await cloud.advance(1_000);
    cloud.adapter('b').random.next();
    expect([late.random.next(), late.random.next()]).toEqual(earlyDraws);
  });
});
