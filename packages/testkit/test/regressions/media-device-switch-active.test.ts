import { expect, it } from 'vitest';
import { callers } from '../media/media-worlds.js';

/**
 * onDeviceChange's contract (MediaEvent) says a device is reported 'active' after setCurrent*, as
 * TRTC's DEVICE_CHANGED does on the web; the fake switched silently, so an app listening for the
 * switch heard nothing on the fake cloud.
 */
it('setCurrentCamera reports the new camera active once; choosing it again reports nothing', async () => {
  const { cloud, alice, heardAlice } = await callers();
  cloud.plugDevice('alice', 'camera', { deviceId: 'usb-cam', label: 'USB camera' });
  await cloud.run(alice.setCurrentCamera({ deviceId: 'usb-cam' }));
  await cloud.run(alice.setCurrentCamera({ deviceId: 'usb-cam' }));
  expect(heardAlice.of('onDeviceChange').map((e) => `${e.state} ${e.deviceId}`)).toEqual([
    'add usb-cam',
    'active usb-cam',
  ]);
});
