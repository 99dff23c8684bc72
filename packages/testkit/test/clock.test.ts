import { describe, expect, it } from 'vitest';
import { createFakeCloud, VirtualClock } from '../src/index.js';

describe('VirtualClock', () => {
  it('fires timers by due time, ties in insertion order, and sets now to each due time', async () => {
    const clock = new VirtualClock(1000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 10);
    clock.setTimeout(() => fired.push(`c@${clock.now()}`), 20);
    clock.setTimeout(() => fired.push(`late@${clock.now()}`), 31);
    expect(clock.pending()).toBe(4);
    await clock.advance(30);
    expect(fired).toEqual(['a@1010', 'b@1020', 'c@1020']);
    expect(clock.now()).toBe(1030);
    expect(clock.pending()).toBe(1);
    await clock.advance(1);
    expect(fired.at(-1)).toBe('late@1031');
  });

  it('clearTimeout removes a timer; timers set while firing run in the same advance when due', async () => {
    const clock = new VirtualClock(0);
    const fired: string[] = [];
    const handle = clock.setTimeout(() => fired.push('cleared'), 5);
    clock.clearTimeout(handle);
    clock.setTimeout(() => {
      fired.push('outer');
      clock.setTimeout(() => fired.push('zero-delay'), 0);
      clock.setTimeout(() => fired.push('beyond'), 100);
    }, 10);
    clock.setTimeout(() => fired.push('same-time'), 10);
    await clock.advance(50);
    expect(fired).toEqual(['outer', 'same-time', 'zero-delay']);
    expect(clock.pending()).toBe(1);
  });

  it('keeps its order and count through thousands of cleared long timers (the queue sheds them)', async () => {
    const clock = new VirtualClock(0);
    const fired: number[] = [];
    // Like request and invitation timeouts: set long, almost always cleared long before they fall due.
    for (let i = 0; i < 5000; i++) {
      const handle = clock.setTimeout(() => fired.push(-i), 30_000 + i);
      if (i % 100 === 0) continue;
      clock.clearTimeout(handle);
      clock.clearTimeout(handle); // clearing twice changes nothing
    }
    for (let i = 0; i < 5; i++) clock.setTimeout(() => fired.push(i), 10 * (5 - i));
    expect(clock.pending()).toBe(55);
    expect(clock.nextDue()).toBe(10);
    await clock.advance(60_000);
    expect(fired).toEqual([4, 3, 2, 1, 0, ...Array.from({ length: 50 }, (_, k) => -k * 100)]);
    expect(clock.pending()).toBe(0);
  });

  it('lets async code continue after each timer, before the next one fires', async () => {
    const clock = new VirtualClock(0);
    const order: string[] = [];
    clock.setTimeout(async () => {
      order.push('first');
      await Promise.resolve();
      await Promise.resolve();
      order.push('first-continued');
      clock.setTimeout(() => order.push('scheduled-by-continuation'), 0);
    }, 10);
    clock.setTimeout(() => order.push('second'), 10);
    await clock.advance(10);
    expect(order).toEqual(['first', 'first-continued', 'second', 'scheduled-by-continuation']);
  });

  it('flush runs promise work without moving time', async () => {
    const clock = new VirtualClock(0);
    let done = false;
    void Promise.resolve().then(() => {
      done = true;
    });
    await clock.flush();
    expect(done).toBe(true);
    expect(clock.now()).toBe(0);
  });

  it('refuses overlapping advances and bad durations', async () => {
    const clock = new VirtualClock(0);
    clock.setTimeout(() => undefined, 10);
    const first = clock.advance(20);
    await expect(clock.advance(5)).rejects.toThrow(/already running/);
    await first;
    await expect(clock.advance(-1)).rejects.toThrow(RangeError);
  });
});

describe('cloud.settle / advance', () => {
  it('settle delivers everything in flight but does not jump to long timers', async () => {
    const cloud = createFakeCloud();
    const alice = cloud.adapter('alice');
    let ringTimedOut = false;
    alice.clock.setTimeout(() => {
      ringTimedOut = true;
    }, 30_000);
    const login = alice.session.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 'x' });
    await cloud.settle();
    await login;
    expect(cloud.clock.now() - cloud.options.startTime).toBe(40); // up 20 + down 20
    expect(ringTimedOut).toBe(false);
    expect(cloud.network.inFlight()).toBe(0);
    await cloud.advance(30_000);
    expect(ringTimedOut).toBe(true);
  });

  it('settle with nothing in flight moves no time', async () => {
    const cloud = createFakeCloud();
    await cloud.settle();
    expect(cloud.clock.now()).toBe(cloud.options.startTime);
  });
});
