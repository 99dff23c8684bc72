import { type CallingAdapter, createCalling, createLiveRoom, type LiveRoomAdapter } from '@trtc-smart/core';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, step } from '../src/index.js';

/** Counts the live subscriptions to each port stream of an adapter. */
function counted<A extends object>(adapter: A, ports: readonly (keyof A)[]) {
  const open = new Map<PropertyKey, number>();
  const wrapped = { ...adapter } as Record<PropertyKey, unknown>;
  for (const name of ports) {
    const port = adapter[name] as { events$: Observable<unknown> };
    const events$ = new Observable<unknown>((subscriber) => {
      open.set(name, (open.get(name) ?? 0) + 1);
      const inner = port.events$.subscribe(subscriber);
      return () => {
        open.set(name, (open.get(name) ?? 0) - 1);
        inner.unsubscribe();
      };
    });
    wrapped[name] = Object.assign(Object.create(Object.getPrototypeOf(port)), port, { events$ });
  }
  return { adapter: wrapped as A, open: () => [...open.values()].reduce((a, b) => a + b, 0) };
}

describe('port subscriptions', () => {
  it('createCalling holds the ports while it lives and lets go of all of them on destroy', async () => {
    const cloud = createFakeCloud();
    const { adapter, open } = counted<CallingAdapter>(cloud.adapter('alice'), [
      'session',
      'callSignaling',
      'callMedia',
    ]);
    const calling = createCalling({ adapter });
    const sdkAppId = cloud.options.sdkAppId;
    await step({ cloud }, () => calling.login({ sdkAppId, userId: 'alice', userSig: 'dev' }));
    expect(open()).toBeGreaterThanOrEqual(3);
    await step({ cloud }, () => calling.destroy());
    expect(open()).toBe(0);
  });

  it('createLiveRoom holds the ports while it lives and lets go of all of them on destroy', async () => {
    const cloud = createFakeCloud();
    const { adapter, open } = counted<LiveRoomAdapter>(cloud.adapter('anchor'), [
      'session',
      'liveSignaling',
      'liveMedia',
    ]);
    const room = createLiveRoom({ adapter });
    const sdkAppId = cloud.options.sdkAppId;
    await step({ cloud }, () => room.login({ sdkAppId, userId: 'anchor', userSig: 'dev' }));
    expect(open()).toBe(3);
    await step({ cloud }, () => room.destroy());
    expect(open()).toBe(0);
  });

  it("an app's subscriptions to every stream hold no port open after destroy, on a shared adapter too", async () => {
    const cloud = createFakeCloud();
    const { adapter, open } = counted<CallingAdapter & LiveRoomAdapter>(cloud.adapter('alice'), [
      'session',
      'callSignaling',
      'callMedia',
      'liveSignaling',
      'liveMedia',
    ]);
    const calling = createCalling({ adapter });
    const room = createLiveRoom({ adapter });
    const streams: Observable<unknown>[] = [calling.events$, calling.state$, room.events$, room.state$];
    for (const stream$ of [...streams, room.linkMicEvents$, room.roomPKEvents$]) stream$.subscribe();
    const sdkAppId = cloud.options.sdkAppId;
    await step({ cloud }, () => calling.login({ sdkAppId, userId: 'alice', userSig: 'dev' }));
    const both = open();
    await step({ cloud }, () => calling.destroy());
    expect(open()).toBe(3); // the live room's own three
    await step({ cloud }, () => room.destroy());
    expect([both, open()]).toEqual([6, 0]);
  });
});
