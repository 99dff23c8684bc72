import { createCalling, ErrorCode, type Rect } from '@trtc-smart/core';
import { mediaControls } from '@trtc-smart/core/media';
import { createFakeCloud, type FakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import type { TrtcSmartPlugin } from '../src/definitions.js';
import { createCapacitorAdapter } from '../src/index.js';
import { PluginDouble } from './plugin-double.js';

const rect: Rect = { x: 0, y: 0, w: 160, h: 120 };

/** A user on a checked plugin double (a native build's stand-in) with media controls on. */
function user(cloud: FakeCloud, userId: string, wrap = (plugin: TrtcSmartPlugin) => plugin) {
  const device = cloud.adapter(userId);
  const double = new PluginDouble(device);
  const adapter = createCapacitorAdapter({
    plugin: wrap(double.asPlugin()),
    platform: 'native',
    clock: device.clock,
  });
  const calling = createCalling({ adapter, media: mediaControls });
  const heard: { eventType: string; [key: string]: unknown }[] = [];
  calling.events$.subscribe((event) => heard.push(event as (typeof heard)[number]));
  return { userId, double, calling, heard };
}

async function run<T>(cloud: FakeCloud, work: () => Promise<T>): Promise<T> {
  const done = work();
  // A rejection is the test's to read after the network settles, not an unhandled one.
  done.catch(() => undefined);
  await cloud.settle();
  return done;
}

async function inCall() {
  const cloud = createFakeCloud();
  const alice = user(cloud, 'alice');
  const bob = user(cloud, 'bob');
  for (const { userId, calling } of [alice, bob]) {
    await run(cloud, () =>
      calling.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: `dev-sig-${userId}` }),
    );
  }
  await run(cloud, () => alice.calling.call({ userId: 'bob', type: 1 }));
  await run(cloud, () => bob.calling.accept());
  return { cloud, alice, bob };
}

describe('media controls over the plugin (native build)', () => {
  it('music: start crosses with its duration, progress and completion come back as events', async () => {
    const { cloud, alice } = await inCall();
    await run(cloud, () =>
      alice.calling.startPlayMusic({ id: 7, url: 'tone.wav#durationMs=3000', publish: true }),
    );
    expect(alice.calling.getSnapshot().media.music).toMatchObject([
      { id: 7, status: 'playing', durationMs: 3000, publish: true },
    ]);
    expect(cloud.mediaState('alice')?.controls.musicMixed).toBe(true);
    await cloud.advance(4000);
    const music = alice.heard.filter((e) => e.eventType.startsWith('onMusic'));
    expect(music.some((e) => e.eventType === 'onMusicProgress' && e.id === 7)).toBe(true);
    expect(music.at(-1)).toMatchObject({ eventType: 'onMusicComplete', id: 7 });
    expect(alice.calling.getSnapshot().media.music).toEqual([]);
    expect(alice.double.violations).toEqual([]);
  });

  it('beauty, background and devices reach the platform; the device list crosses as {devices}', async () => {
    const { cloud, alice } = await inCall();
    await run(cloud, () =>
      alice.calling.setBeautyStyle({ style: 'natural', beauty: 6, whiteness: 2, ruddiness: 1 }),
    );
    await run(cloud, () => alice.calling.setVirtualBackground({ type: 'blur', blurLevel: 5 }));
    const cameras = await run(cloud, () => alice.calling.getCameraList());
    expect(cameras).toEqual([{ deviceId: 'default-camera', label: 'Fake camera' }]);
    await run(cloud, () => alice.calling.setCurrentCamera({ deviceId: 'default-camera' }));
    const controls = cloud.mediaState('alice')?.controls;
    expect(controls?.beauty).toEqual({ style: 'natural', beauty: 6, whiteness: 2, ruddiness: 1 });
    expect(controls?.background).toEqual({ type: 'blur', blurLevel: 5 });
    expect(alice.calling.getSnapshot().media.devices.camera).toBe('default-camera');
    expect(alice.double.calls.map((c) => c.method)).toEqual(
      expect.arrayContaining(['setBeautyStyle', 'setVirtualBackground', 'getDeviceList', 'setCurrentDevice']),
    );
    expect(alice.double.violations).toEqual([]);
  });

  it('screen share: the other side hears the substream and renders it with streamType sub; statistics every 2 s', async () => {
    const { cloud, alice, bob } = await inCall();
    await run(cloud, () => alice.calling.startScreenShare({ publish: true }));
    expect(alice.calling.getSnapshot().media.screenShare).toBe('on');
    expect(bob.heard).toContainEqual({
      eventType: 'onUserSubStreamAvailable',
      userId: 'alice',
      available: true,
    });
    await run(cloud, () => bob.calling.startRemoteView({ userId: 'alice', view: rect, streamType: 'sub' }));
    expect(cloud.mediaState('bob')?.controls.subViews).toEqual({ alice: rect });
    await cloud.advance(4100);
    expect(bob.heard.filter((e) => e.eventType === 'onStatistics').length).toBeGreaterThanOrEqual(1);
    await run(cloud, () => alice.calling.stopScreenShare());
    expect(bob.heard).toContainEqual({
      eventType: 'onUserSubStreamAvailable',
      userId: 'alice',
      available: false,
    });
    expect([...alice.double.violations, ...bob.double.violations]).toEqual([]);
  });

  it("a media method the build leaves out (Capacitor's UNIMPLEMENTED) is NOT_SUPPORTED naming it and the platform", async () => {
    const cloud = createFakeCloud();
    const unimplemented = (plugin: TrtcSmartPlugin) =>
      new Proxy(plugin, {
        get: (target, prop, receiver) =>
          prop === 'setVirtualBackground'
            ? async () => {
                throw Object.assign(
                  new Error('"TrtcSmart.setVirtualBackground()" is not implemented on android'),
                  {
                    code: 'UNIMPLEMENTED',
                  },
                );
              }
            : Reflect.get(target, prop, receiver),
      });
    const alice = user(cloud, 'alice', unimplemented);
    const error = await run(cloud, () => alice.calling.setVirtualBackground({ type: 'blur' })).catch(
      (e: { code: number; message: string }) => e,
    );
    expect(error).toMatchObject({
      code: ErrorCode.NOT_SUPPORTED,
      message:
        'setVirtualBackground is not supported on Capacitor (native): this build of the TrtcSmart plugin does not implement it',
    });
    expect(alice.calling.getSnapshot().media.background).toEqual({ type: 'none' });
  });

  it("a build's own NOT_SUPPORTED passes through with its message", async () => {
    const cloud = createFakeCloud();
    const refusing = (plugin: TrtcSmartPlugin) =>
      new Proxy(plugin, {
        get: (target, prop, receiver) =>
          prop === 'setBeautyStyle'
            ? async () => {
                throw Object.assign(
                  new Error('beauty is not supported on Capacitor iOS: no TXBeautyManager'),
                  {
                    code: 'NOT_SUPPORTED',
                  },
                );
              }
            : Reflect.get(target, prop, receiver),
      });
    const alice = user(cloud, 'alice', refusing);
    const error = await run(cloud, () =>
      alice.calling.setBeautyStyle({ style: 'smooth', beauty: 1, whiteness: 1, ruddiness: 1 }),
    ).catch((e: { code: number; message: string }) => e);
    expect(error).toMatchObject({
      code: ErrorCode.NOT_SUPPORTED,
      message: 'beauty is not supported on Capacitor iOS: no TXBeautyManager',
    });
  });

  it('the adapter names its platform', () => {
    const cloud = createFakeCloud();
    const plugin = new PluginDouble(cloud.adapter('u')).asPlugin();
    expect(createCapacitorAdapter({ plugin, platform: 'native' }).media.platform).toBe('Capacitor (native)');
    expect(createCapacitorAdapter({ plugin, platform: 'web' }).media.platform).toBe('Capacitor (web)');
  });
});
