import { createCalling } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_KINDS } from '../src/sim/driver.js';
import { CLOUD_LANE, sequenceOf } from '../src/timeline/sequence.js';

async function loginTrace(configure?: (cloud: ReturnType<typeof createFakeCloud>) => void) {
  const cloud = createFakeCloud({ latencyMs: 30 });
  const alice = createCalling({ adapter: cloud.adapter('alice') });
  configure?.(cloud);
  void alice
    .login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' })
    .catch(() => undefined);
  await cloud.advance(10_000);
  return cloud.trace();
}

describe('sequence model', () => {
  it('pairs each send with its delivery: lanes, kinds and virtual times', async () => {
    const trace = await loginTrace();
    const model = sequenceOf(trace, { hide: BACKGROUND_KINDS });
    expect(model.lanes).toEqual([CLOUD_LANE, 'alice']);
    expect(model.arrows.map((a) => [a.from, a.to, a.kind, a.outcome, (a.endedAt ?? 0) - a.sentAt])).toEqual([
      ['alice', 'cloud', 'session.login', 'delivered', 30],
      ['cloud', 'alice', 'session.login:ok', 'delivered', 30],
    ]);
    expect(model.start).toBe(trace[0]?.t);
  });

  it('shows dropped messages with their reason, and faults as marks', async () => {
    const trace = await loginTrace((cloud) => cloud.network.partition('alice'));
    const model = sequenceOf(trace);
    expect(model.marks).toHaveLength(1);
    expect(model.marks[0]?.text).toMatch(/^partition .*alice/);
    expect(model.arrows.some((a) => a.outcome === 'dropped' && a.reason === 'partition')).toBe(true);
  });

  it('keeps a message in flight until it lands', () => {
    const model = sequenceOf([
      { seq: 0, t: 5, type: 'send', id: 1, from: 'bob', to: 'cloud', kind: 'x', payload: null, delayMs: 20 },
    ]);
    expect(model.arrows[0]).toMatchObject({ outcome: 'inFlight', endedAt: null, sentAt: 5 });
  });
});
