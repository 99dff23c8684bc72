import { describe, expect, it } from 'vitest';
import { callers, liveRoom } from './media-worlds.js';

const usb = { deviceId: 'usb-cam', label: 'USB camera' };

describe('devices (calling)', () => {
  it('lists the default camera, microphone and speaker as {deviceId, label}', async () => {
    const { cloud, alice } = await callers();
    expect(await cloud.run(alice.getCameraList())).toEqual([
      { deviceId: 'default-camera', label: 'Fake camera' },
    ]);
    expect(await cloud.run(alice.getMicrophoneList())).toEqual([
      { deviceId: 'default-microphone', label: 'Fake microphone' },
    ]);
    expect(await cloud.run(alice.getSpeakerList())).toEqual([
      { deviceId: 'default-speaker', label: 'Fake speaker' },
    ]);
  });

  it('a plugged device is announced, listed and can be chosen; setCurrent* is in state$', async () => {
    const { cloud, alice, heardAlice } = await callers();
    cloud.plugDevice('alice', 'camera', usb);
    expect(heardAlice.of('onDeviceChange')).toEqual([
      { eventType: 'onDeviceChange', kind: 'camera', deviceId: 'usb-cam', state: 'add' },
    ]);
    expect((await cloud.run(alice.getCameraList())).map((d) => d.deviceId)).toEqual([
      'default-camera',
      'usb-cam',
    ]);
    await cloud.run(alice.setCurrentCamera({ deviceId: 'usb-cam' }));
    expect(heardAlice.of('onDeviceChange').at(-1)).toMatchObject({ deviceId: 'usb-cam', state: 'active' });
    expect(alice.getSnapshot().media.devices.camera).toBe('usb-cam');
    expect(cloud.mediaState('alice')?.controls.devices.camera.current).toBe('usb-cam');
    cloud.plugDevice('alice', 'speaker', { deviceId: 'hdmi', label: 'HDMI' });
    await cloud.run(alice.setCurrentSpeaker({ deviceId: 'hdmi' }));
    await cloud.run(alice.setCurrentMicrophone({ deviceId: 'default-microphone' }));
    expect(alice.getSnapshot().media.devices).toEqual({
      camera: 'usb-cam',
      microphone: 'default-microphone',
      speaker: 'hdmi',
    });
  });

  it('unplugging the device in use falls back to the default and says so', async () => {
    const { cloud, alice, heardAlice } = await callers();
    cloud.plugDevice('alice', 'camera', usb);
    await cloud.run(alice.setCurrentCamera({ deviceId: 'usb-cam' }));
    cloud.unplugDevice('alice', 'camera', 'usb-cam');
    expect(heardAlice.of('onDeviceChange').slice(2)).toEqual([
      { eventType: 'onDeviceChange', kind: 'camera', deviceId: 'usb-cam', state: 'remove' },
      { eventType: 'onDeviceChange', kind: 'camera', deviceId: 'default-camera', state: 'active' },
    ]);
    expect(alice.getSnapshot().media.devices.camera).toBe('default-camera');
    expect(cloud.mediaState('alice')?.controls.devices.camera).toEqual({
      current: 'default-camera',
      list: [{ deviceId: 'default-camera', label: 'Fake camera' }],
    });
  });

  it('unplugging a device not in use changes nothing else; unplugging twice says it once', async () => {
    const { cloud, alice, heardAlice } = await callers();
    cloud.plugDevice('alice', 'microphone', { deviceId: 'headset', label: 'Headset' });
    cloud.plugDevice('alice', 'microphone', { deviceId: 'headset', label: 'Headset' });
    cloud.unplugDevice('alice', 'microphone', 'headset');
    cloud.unplugDevice('alice', 'microphone', 'headset');
    expect(heardAlice.of('onDeviceChange').map((e) => e.state)).toEqual(['add', 'remove']);
    expect(alice.getSnapshot().media.devices.microphone).toBeNull();
  });
});

describe('devices (live room)', () => {
  it('the anchor switches the camera while live; its unplugging falls back', async () => {
    const { cloud, anchor, heardAnchor } = await liveRoom();
    cloud.plugDevice('anchor', 'camera', usb);
    await cloud.run(anchor.setCurrentCamera({ deviceId: 'usb-cam' }));
    expect(anchor.getSnapshot().media.devices.camera).toBe('usb-cam');
    cloud.unplugDevice('anchor', 'camera', 'usb-cam');
    expect(heardAnchor.of('onDeviceChange').map((e) => `${e.state} ${e.deviceId}`)).toEqual([
      'add usb-cam',
      'active usb-cam',
      'remove usb-cam',
      'active default-camera',
    ]);
    expect(anchor.getSnapshot().media.devices.camera).toBe('default-camera');
    expect(anchor.getSnapshot().status).toBe('live');
  });
});
