import { createCalling } from '@trtc-smart/core';
import { mediaControls } from '@trtc-smart/core/media';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
// adapter-web's media doubles: web.ts serves adapter-web's media controls, so they drive the same SDK doubles.
import { chatDouble } from '../../adapter-web/test/doubles/chat-double.js';
import { type TrtcDoubleViews, trtcDouble } from '../../adapter-web/test/doubles/trtc-double.js';
import {
  BasicBeautyDouble,
  device,
  TrtcMediaDouble,
  virtualBackgroundDouble,
} from '../../adapter-web/test/doubles/trtc-media-double.js';
import { createCapacitorAdapter } from '../src/index.js';
import { TrtcSmartWeb } from '../src/web.js';

/** The web plugin configured over TRTC doubles with media, and a media-enabled calling over it. */
async function webUser() {
  const cloud = createFakeCloud();
  const fake = cloud.adapter('alice');
  const trtc = new TrtcMediaDouble();
  const views: TrtcDoubleViews = { local: undefined, remote: new Map(), plugins: [], media: trtc };
  const plugin = new TrtcSmartWeb();
  await plugin.configure({
    sdkAppId: cloud.options.sdkAppId,
    TRTC: trtcDouble(fake, views),
    TencentCloudChat: chatDouble(fake),
    clock: fake.clock,
    random: fake.random,
    media: {
      assetsPath: '/assets/',
      plugins: {
        BasicBeauty: async () => BasicBeautyDouble,
        VirtualBackground: async () => virtualBackgroundDouble(() => true),
      },
    },
  });
  const adapter = createCapacitorAdapter({ plugin, platform: 'web', clock: fake.clock });
  const calling = createCalling({ adapter, media: mediaControls });
  const heard: { eventType: string; [key: string]: unknown }[] = [];
  calling.events$.subscribe((event) => heard.push(event as (typeof heard)[number]));
  return { cloud, trtc, calling, heard };
}

describe('web.ts serves adapter-web media controls as the plugin', () => {
  it("device lists are TRTC's, and a device TRTC reports plugged or unplugged is an onDeviceChange", async () => {
    const { cloud, trtc, calling, heard } = await webUser();
    expect(await calling.getCameraList()).toEqual([
      { deviceId: 'cam-1', label: 'Front camera' },
      { deviceId: 'cam-2', label: 'USB camera' },
    ]);
    expect((await calling.getSpeakerList()).map((d) => d.deviceId)).toEqual(['default', 'spk-2']);
    trtc.plug('microphone', device('microphone', 'mic-3', 'USB mic'));
    trtc.unplug('camera', 'cam-2');
    await cloud.flush();
    expect(heard).toEqual(
      expect.arrayContaining([
        { eventType: 'onDeviceChange', kind: 'microphone', deviceId: 'mic-3', state: 'add' },
        { eventType: 'onDeviceChange', kind: 'camera', deviceId: 'cam-2', state: 'remove' },
      ]),
    );
  });

  it("beauty goes to trtc-sdk-v5's BasicBeauty plugin and into state", async () => {
    const { cloud, trtc, calling } = await webUser();
    await cloud.run(
      calling.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 'dev-sig-alice' }),
    );
    await cloud.run(calling.setBeautyStyle({ style: 'smooth', beauty: 5, whiteness: 3, ruddiness: 2 }));
    expect(trtc.beauty).toBeDefined();
    expect(calling.getSnapshot().media.beauty).toEqual({
      style: 'smooth',
      beauty: 5,
      whiteness: 3,
      ruddiness: 2,
    });
  });

  it("web.ts listens to the SDK's media events only while a media event has a listener", async () => {
    const cloud = createFakeCloud();
    const fake = cloud.adapter('bob');
    const TRTC = trtcDouble(fake, { local: undefined, remote: new Map(), plugins: [] });
    // Counts the TRTC client's DEVICE_CHANGED handlers (adapter-web's media controls add one).
    let deviceHandlers = 0;
    const create = TRTC.create;
    TRTC.create = (options) => {
      const client = create(options);
      const { on, off } = client;
      client.on = ((event: string, handler: never) => {
        if (event === TRTC.EVENT.DEVICE_CHANGED) deviceHandlers++;
        return on.call(client, event as never, handler);
      }) as typeof on;
      client.off = ((event: string, handler: never) => {
        if (event === TRTC.EVENT.DEVICE_CHANGED) deviceHandlers--;
        return off.call(client, event as never, handler);
      }) as typeof off;
      return client;
    };
    const plugin = new TrtcSmartWeb();
    await plugin.configure({ sdkAppId: cloud.options.sdkAppId, TRTC, TencentCloudChat: chatDouble(fake) });
    const session = await plugin.addListener('sessionKickedOffline', () => undefined);
    expect(deviceHandlers).toBe(0);
    const first = await plugin.addListener('mediaDeviceChange', () => undefined);
    const second = await plugin.addListener('mediaStatistics', () => undefined);
    expect(deviceHandlers).toBe(1);
    await first.remove();
    expect(deviceHandlers).toBe(1);
    await second.remove();
    expect(deviceHandlers).toBe(0);
    await plugin.addListener('mediaMusicComplete', () => undefined);
    expect(deviceHandlers).toBe(1);
    await plugin.removeAllListeners();
    expect(deviceHandlers).toBe(0);
    await session.remove();
  });
});
