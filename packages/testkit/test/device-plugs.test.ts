import { createCalling } from '@trtc-smart/core';
import { type MediaEvent, mediaControls } from '@trtc-smart/core/media';
import { describe, expect, it } from 'vitest';
import { applyCloudCommand, createFakeCloud } from '../src/index.js';

const USB = { deviceId: 'usb-cam', label: 'USB camera' };

async function loggedInAlice() {
  const cloud = createFakeCloud({ seed: 3 });
  const alice = createCalling({ adapter: cloud.adapter('alice'), media: mediaControls });
  const events: MediaEvent[] = [];
  alice.events$.subscribe((e) => {
    if (e.eventType === 'onDeviceChange') events.push(e as MediaEvent);
  });
  await cloud.run(alice.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' }));
  return { cloud, alice, events };
}

describe('fake devices plugged and unplugged by the test', () => {
  it('a plugged camera is listed and can be chosen; unplugged while in use, the default takes over and says so', async () => {
    const { cloud, alice, events } = await loggedInAlice();
    cloud.plugDevice('alice', 'camera', USB);
    expect(await cloud.run(alice.getCameraList())).toEqual([
      { deviceId: 'default-camera', label: 'Fake camera' },
      USB,
    ]);
    await cloud.run(alice.setCurrentCamera({ deviceId: 'usb-cam' }));
    expect(alice.getSnapshot().media.devices.camera).toBe('usb-cam');

    cloud.unplugDevice('alice', 'camera', 'usb-cam');
    await cloud.flush();
    expect(events.map((e) => e.eventType === 'onDeviceChange' && [e.deviceId, e.state])).toEqual([
      ['usb-cam', 'add'],
      ['usb-cam', 'active'],
      ['usb-cam', 'remove'],
      ['default-camera', 'active'],
    ]);
    expect(alice.getSnapshot().media.devices.camera).toBe('default-camera');
    expect(cloud.mediaState('alice')?.controls.devices.camera).toEqual({
      current: 'default-camera',
      list: [{ deviceId: 'default-camera', label: 'Fake camera' }],
    });
    await cloud.run(alice.destroy());
  });

  it('runs as recorded sim commands, and the trace names them as faults', async () => {
    const { cloud, alice } = await loggedInAlice();
    applyCloudCommand(cloud, { op: 'plugDevice', target: 'alice', kind: 'microphone', device: USB });
    applyCloudCommand(cloud, { op: 'unplugDevice', target: 'alice', kind: 'microphone', deviceId: 'nope' });
    expect((await cloud.run(alice.getMicrophoneList())).map((d) => d.deviceId)).toEqual([
      'default-microphone',
      'usb-cam',
    ]);
    const faults = cloud.trace().filter((e) => e.type === 'fault');
    expect(faults.map((e) => e.type === 'fault' && e.action)).toEqual(['plugDevice', 'unplugDevice']);
    expect(() => cloud.plugDevice('nobody', 'camera', USB)).toThrow(
      /no device or logged-in user named nobody/,
    );
    await cloud.run(alice.destroy());
  });
});
