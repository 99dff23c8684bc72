import { type Calling, createCalling, createLiveRoom, type LiveRoom } from '@trtc-smart/core';
import type { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud, step } from '../src/index.js';

/** Subscribes to each stream; reads which have completed. */
function watch(streams: Record<string, Observable<unknown>>): () => string[] {
  const done: string[] = [];
  for (const [name, stream$] of Object.entries(streams)) {
    stream$.subscribe({ complete: () => done.push(name), error: () => done.push(`${name} (error)`) });
  }
  return () => [...done].sort();
}

const callingStreams = (c: Calling) => ({ events$: c.events$, state$: c.state$ });
const liveStreams = (r: LiveRoom) => ({
  events$: r.events$,
  linkMicEvents$: r.linkMicEvents$,
  roomPKEvents$: r.roomPKEvents$,
  state$: r.state$,
});
const ALL_CALLING = ['events$', 'state$'];
const ALL_LIVE = ['events$', 'linkMicEvents$', 'roomPKEvents$', 'state$'];

async function logIn(cloud: FakeCloud, api: Calling | LiveRoom, userId: string): Promise<void> {
  await step({ cloud }, () => api.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
}

describe('every stream completes on destroy', () => {
  it('createCalling: events$ and state$, logged in or not', async () => {
    const cloud = createFakeCloud();
    const fresh = createCalling({ adapter: cloud.adapter('a') });
    const used = createCalling({ adapter: cloud.adapter('b') });
    const freshDone = watch(callingStreams(fresh));
    const usedDone = watch(callingStreams(used));
    await logIn(cloud, used, 'b');
    await step({ cloud }, () => fresh.destroy());
    await step({ cloud }, () => used.destroy());
    expect([freshDone(), usedDone()]).toEqual([ALL_CALLING, ALL_CALLING]);
  });

  it('createCalling: a stream subscribed after destroy completes at once', async () => {
    const cloud = createFakeCloud();
    const calling = createCalling({ adapter: cloud.adapter('a') });
    await step({ cloud }, () => calling.destroy());
    expect(watch(callingStreams(calling))()).toEqual(ALL_CALLING);
  });

  it('createLiveRoom: every stream, logged in or not', async () => {
    const cloud = createFakeCloud();
    const fresh = createLiveRoom({ adapter: cloud.adapter('a') });
    const used = createLiveRoom({ adapter: cloud.adapter('b') });
    const freshDone = watch(liveStreams(fresh));
    const usedDone = watch(liveStreams(used));
    await logIn(cloud, used, 'b');
    await step({ cloud }, () => fresh.destroy());
    await step({ cloud }, () => used.destroy());
    expect([freshDone(), usedDone()]).toEqual([ALL_LIVE, ALL_LIVE]);
    expect(watch(liveStreams(used))()).toEqual(ALL_LIVE);
  });

  it('createCalling and createLiveRoom on one adapter: each completes its own streams, the other keeps running', async () => {
    const cloud = createFakeCloud();
    const adapter = cloud.adapter('alice');
    const calling = createCalling({ adapter });
    const live = createLiveRoom({ adapter });
    const callingDone = watch(callingStreams(calling));
    const liveDone = watch(liveStreams(live));
    await logIn(cloud, calling, 'alice');

    await step({ cloud }, () => calling.destroy());
    expect([callingDone(), liveDone()]).toEqual([ALL_CALLING, []]);
    await logIn(cloud, live, 'alice');
    expect(live.getSnapshot().status).toBe('outside');

    await step({ cloud }, () => live.destroy());
    expect(liveDone()).toEqual(ALL_LIVE);
  });

  it('two createCalling instances on one adapter: destroying one completes only its streams', async () => {
    const cloud = createFakeCloud();
    const adapter = cloud.adapter('alice');
    const first = createCalling({ adapter });
    const second = createCalling({ adapter });
    const firstDone = watch(callingStreams(first));
    const secondDone = watch(callingStreams(second));
    await logIn(cloud, second, 'alice');
    await step({ cloud }, () => first.destroy());
    expect([firstDone(), secondDone()]).toEqual([ALL_CALLING, []]);
    await step({ cloud }, () => second.destroy());
    expect(secondDone()).toEqual(ALL_CALLING);
  });
});
