import { createCalling, createLiveRoom } from '@trtc-smart/core';
import { mediaControls } from '@trtc-smart/core/media';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { eventSpecs } from '../src/contract/events.js';
import { createCapacitorAdapter } from '../src/index.js';
import { PluginDouble } from './plugin-double.js';

describe('plugin listeners', () => {
  it('no listener is left after 1,000 create / destroy cycles of an adapter with a calling and a live room (media controls on)', async () => {
    const cloud = createFakeCloud();
    const device = cloud.adapter('cycler');
    const double = new PluginDouble(device);
    const plugin = double.asPlugin();
    const during: number[] = [];
    for (let cycle = 0; cycle < 1_000; cycle++) {
      const adapter = createCapacitorAdapter({ plugin, platform: 'native', clock: device.clock });
      const calling = createCalling({ adapter, media: mediaControls });
      const liveRoom = createLiveRoom({ adapter, media: mediaControls });
      await cloud.flush();
      during.push(double.listenerCount());
      await Promise.all([calling.destroy(), liveRoom.destroy()]);
      adapter.destroy();
      await cloud.flush();
    }
    // While alive, each event has exactly one plugin listener, shared by calling and live room.
    expect(new Set(during)).toEqual(new Set([eventSpecs.length]));
    expect(double.listenerCount()).toBe(0);
    expect(double.violations).toEqual([]);
  }, 120_000);

  it('the last subscriber leaving removes the listeners, and a later one adds them again', async () => {
    const cloud = createFakeCloud();
    const double = new PluginDouble(cloud.adapter('u'));
    const adapter = createCapacitorAdapter({ plugin: double.asPlugin(), platform: 'native' });
    const first = adapter.session.events$.subscribe();
    const second = adapter.session.events$.subscribe();
    await cloud.flush();
    expect(double.listenerCount()).toBe(3);
    first.unsubscribe();
    await cloud.flush();
    expect(double.listenerCount()).toBe(3);
    second.unsubscribe();
    await cloud.flush();
    expect(double.listenerCount()).toBe(0);
    const third = adapter.session.events$.subscribe();
    await cloud.flush();
    expect(double.listenerCount()).toBe(3);
    adapter.destroy();
    await cloud.flush();
    expect(third.closed).toBe(true);
    expect(double.listenerCount()).toBe(0);
  });

  it('after destroy a subscription completes at once and adds no listener', async () => {
    const cloud = createFakeCloud();
    const double = new PluginDouble(cloud.adapter('u'));
    const adapter = createCapacitorAdapter({ plugin: double.asPlugin(), platform: 'native' });
    adapter.destroy();
    let completed = false;
    adapter.callSignaling.events$.subscribe({ complete: () => (completed = true) });
    await cloud.flush();
    expect(completed).toBe(true);
    expect(double.listenerCount()).toBe(0);
  });
});
