import { createCalling } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { createCapacitorAdapter } from '../src/index.js';
import { TrtcSmartWeb } from '../src/web.js';
import { scriptedPlugin } from './scripted-plugin.js';
import { webSdks } from './web-sdk-doubles.js';

const push = { title: 'Alice', description: 'Call from Alice', iosSound: 'ring.caf', androidSound: 'ring' };

describe('offlinePushInfo through the plugin contract', () => {
  it('a call made over the plugin hands the native side the resolved offlinePush', async () => {
    const native = scriptedPlugin();
    const calling = createCalling({
      adapter: createCapacitorAdapter({ plugin: native.plugin, platform: 'native' }),
    });
    await calling.login({ sdkAppId: 1, userId: 'alice', userSig: 's' });
    await calling.call({ userId: 'bob', type: 1, offlinePushInfo: { title: 'Alice', iosSound: 'ring.caf' } });
    const invite = native.received.find((r) => r.method === 'invite');
    expect(invite?.options).toMatchObject({
      invitees: ['bob'],
      offlinePush: {
        title: 'Alice',
        description: 'You have a call invitation.',
        iosSound: 'ring.caf',
        androidSound: '',
      },
    });
  });

  it('the web plugin takes offlinePush and passes it to chat', async () => {
    const cloud = createFakeCloud();
    const plugin = new TrtcSmartWeb();
    await plugin.configure(webSdks(cloud, 'alice'));
    const login = plugin.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' });
    await cloud.settle();
    await login;
    const invite = {
      roomId: 5,
      invitees: ['dave'],
      participants: [],
      callType: 1,
      isGroup: false,
      timeoutSec: 30,
    } as const;
    const sent = plugin.invite({ ...invite, offlinePush: push });
    await cloud.settle();
    await sent;
    expect(cloud.offlinePushes()).toMatchObject([
      {
        to: 'dave',
        offlinePushInfo: { title: 'Alice', description: 'Call from Alice', apnsInfo: { sound: 'ring.caf' } },
      },
    ]);
  });

  it('a malformed offlinePush is refused naming the field', async () => {
    const cloud = createFakeCloud();
    const plugin = new TrtcSmartWeb();
    await plugin.configure(webSdks(cloud, 'alice'));
    const invite = {
      roomId: 5,
      invitees: ['bob'],
      participants: [],
      callType: 1,
      isGroup: false,
      timeoutSec: 30,
    } as const;
    const error = await plugin
      .invite({ ...invite, offlinePush: { ...push, title: 7 } } as never)
      .catch((e) => e);
    expect([error.code, error.message]).toEqual([
      'INVALID_PARAMETER',
      expect.stringContaining('title: must be a string'),
    ]);
  });
});
