import { CallType, createCalling, createLiveRoom, ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud, step } from '../src/index.js';
import { rejection } from './helpers.js';

/** Web app code passes element ids or elements; in Node an element is anything with nodeType 1. */
const element = (id: string) => ({ nodeType: 1, tagName: 'DIV', id });

async function inCall(cloud: FakeCloud) {
  const sdkAppId = cloud.options.sdkAppId;
  const alice = createCalling({ adapter: cloud.adapter('alice') });
  const bob = createCalling({ adapter: cloud.adapter('bob') });
  await step({ cloud }, () => alice.login({ sdkAppId, userId: 'alice', userSig: 'dev' }));
  await step({ cloud }, () => bob.login({ sdkAppId, userId: 'bob', userSig: 'dev' }));
  await step({ cloud }, () => alice.call({ userId: 'bob', type: CallType.VIDEO }));
  await step({ cloud }, () => bob.accept());
  return { alice, bob };
}

describe('the fake cloud takes web views as well as rects', () => {
  it('a call: openCamera with an element id, startRemoteView with an element', async () => {
    const cloud = createFakeCloud();
    const { alice, bob } = await inCall(cloud);
    const remote = element('remote-video');
    await step({ cloud }, () => alice.openCamera({ isFront: true, view: 'local-video' }));
    await step({ cloud }, () => alice.startRemoteView({ userId: 'bob', view: remote }));
    await step({ cloud }, () => bob.openCamera({ isFront: false, view: { x: 0, y: 0, w: 10, h: 10 } }));
    expect(cloud.mediaState('alice')).toMatchObject({
      camera: 'front',
      localView: 'local-video',
      remoteViews: { bob: remote },
    });
    expect(alice.getSnapshot().status).toBe('inCall');
  });

  it('a live room: startCameraPreview with an element id, startPlay with an element', async () => {
    const cloud = createFakeCloud();
    const sdkAppId = cloud.options.sdkAppId;
    const anchor = createLiveRoom({ adapter: cloud.adapter('anchor') });
    const viewer = createLiveRoom({ adapter: cloud.adapter('viewer') });
    await step({ cloud }, () => anchor.login({ sdkAppId, userId: 'anchor', userSig: 'dev' }));
    await step({ cloud }, () => anchor.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    await step({ cloud }, () => anchor.startCameraPreview({ isFront: true, view: 'preview' }));
    await step({ cloud }, () => anchor.startPublish({ streamId: 's' }));
    await step({ cloud }, () => viewer.login({ sdkAppId, userId: 'viewer', userSig: 'dev' }));
    await step({ cloud }, () => viewer.enterRoom({ roomId: 7 }));
    const tile = element('anchor-tile');
    await step({ cloud }, () => viewer.startPlay({ userId: 'anchor', view: tile }));
    expect(cloud.liveMediaState('anchor')?.previewView).toBe('preview');
    expect(cloud.liveMediaState('viewer')?.plays).toEqual({ anchor: tile });
  });

  it.each([
    [
      '',
      'view: must be a rect {x, y, w, h} of finite numbers >= 0, an element or an element id (an id is 1-256 characters, no spaces)',
    ],
    ['two words', '(an id is 1-256 characters, no spaces)'],
    [{ nodeType: 3 }, '(neither an element nor an element id)'],
    [42, '(neither an element nor an element id)'],
    [{ x: 0, y: 0, w: -1, h: 1 }, '(.w must be a finite number >= 0)'],
  ])('refuses the view %j naming the rule, changing nothing', async (view, message) => {
    const cloud = createFakeCloud();
    const { alice } = await inCall(cloud);
    const before = alice.getSnapshot();
    const error = await rejection(alice.openCamera({ isFront: true, view: view as string }));
    expect(error.code).toBe(ErrorCode.INVALID_PARAMETER);
    expect(error.message).toContain(message);
    expect(alice.getSnapshot()).toBe(before);
    expect(cloud.mediaState('alice')).toMatchObject({ camera: 'off' });
  });
});
