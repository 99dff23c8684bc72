import { describe, expect, it } from 'vitest';
import { callers, inCall, liveRoom } from './media-worlds.js';

describe('statistics', () => {
  it('come every 2 s in a call, with rtt, loss, local and remote figures, and stop when it ends', async () => {
    const { cloud, alice, heardAlice } = await inCall();
    const before = heardAlice.of('onStatistics').length;
    await cloud.advance(10_000);
    const stats = heardAlice.of('onStatistics').slice(before);
    expect(stats.length).toBe(5);
    const last = stats.at(-1);
    expect(last).toMatchObject({ upLoss: 0, downLoss: 0, local: { audioBitrateKbps: 40 } });
    expect(last?.rtt).toBe(2 * cloud.options.latencyMs);
    expect(last?.remote.map((r) => [r.userId, r.streamType])).toEqual([['bob', 'main']]);
    // Next to the network quality the call already reports.
    expect(heardAlice.all.some((e) => e.eventType === 'onUserNetworkQuality')).toBe(true);
    await cloud.run(alice.hangup());
    const after = heardAlice.of('onStatistics').length;
    await cloud.advance(10_000);
    expect(heardAlice.of('onStatistics').length).toBe(after);
  });

  it('never come outside a call', async () => {
    const { cloud, heardAlice } = await callers();
    await cloud.advance(10_000);
    expect(heardAlice.of('onStatistics')).toEqual([]);
  });

  it('come to the anchor and the viewer of a live room', async () => {
    const { cloud, heardAnchor, heardViewer } = await liveRoom();
    const [a, v] = [heardAnchor.of('onStatistics').length, heardViewer.of('onStatistics').length];
    await cloud.advance(6000);
    expect(heardAnchor.of('onStatistics').length - a).toBe(3);
    expect(heardViewer.of('onStatistics').length - v).toBe(3);
    expect(heardAnchor.of('onStatistics').at(-1)?.local).toMatchObject({ width: 640, height: 480 });
  });
});
