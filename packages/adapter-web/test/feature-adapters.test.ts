import { CallType, createCalling, createLiveRoom, ErrorCode } from '@trtc-smart/core';
import { mediaControls } from '@trtc-smart/core/media';
import { createFakeCloud, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import {
  createWebAdapter,
  createWebCallingAdapter,
  createWebLiveAdapter,
  type WebAdapterOptions,
} from '../src/index.js';
import { withMediaControls } from '../src/media/index.js';
import { chatDouble } from './doubles/chat-double.js';
import { trtcDouble } from './doubles/trtc-double.js';
import { CrossRoom } from './doubles/trtc-plugins.js';

/** Each user's options on SDK doubles riding one fake cloud, in virtual time. */
function cloudOptions() {
  const cloud = createFakeCloud();
  const { sdkAppId } = cloud.options;
  const options = (userId: string): WebAdapterOptions => {
    const device = cloud.adapter(userId);
    return {
      sdkAppId,
      TRTC: trtcDouble(device),
      TencentCloudChat: chatDouble(device),
      CrossRoom,
      clock: device.clock,
      random: device.random,
    };
  };
  const login = (userId: string) => ({ sdkAppId, userId, userSig: `dev-sig-${userId}` });
  return { world: { cloud }, options, login };
}

describe('one-feature adapters', () => {
  it('createWebCallingAdapter has the calling ports only, and calls another user end to end', async () => {
    const { world, options, login } = cloudOptions();
    const adapterA = createWebCallingAdapter(options('alice'));
    expect(Object.keys(adapterA).sort()).toEqual(
      ['callMedia', 'callSignaling', 'clock', 'destroy', 'random', 'session', 'views'].sort(),
    );
    const alice = createCalling({ adapter: adapterA });
    const bob = createCalling({ adapter: createWebCallingAdapter(options('bob')) });
    await step(world, () => alice.login(login('alice')));
    await step(world, () => bob.login(login('bob')));
    await step(world, () => alice.call({ userId: 'bob', type: CallType.AUDIO }));
    await step(world, () => bob.accept());
    expect(alice.getSnapshot().status).toBe('inCall');
    expect(bob.getSnapshot().status).toBe('inCall');
    await step(world, () => alice.hangup());
    expect(bob.getSnapshot().status).toBe('idle');
  });

  it('createWebLiveAdapter has the live-room ports only, and a viewer watches an anchor end to end', async () => {
    const { world, options, login } = cloudOptions();
    const adapterA = createWebLiveAdapter(options('alice'));
    expect(Object.keys(adapterA).sort()).toEqual(
      ['clock', 'destroy', 'liveMedia', 'liveSignaling', 'random', 'session', 'views'].sort(),
    );
    const anchor = createLiveRoom({ adapter: adapterA });
    const viewer = createLiveRoom({ adapter: createWebLiveAdapter(options('bob')) });
    await step(world, () => anchor.login(login('alice')));
    await step(world, () => viewer.login(login('bob')));
    await step(world, () => anchor.createRoom({ roomId: 1001, roomName: 'Room', coverUrl: '' }));
    await step(world, () => viewer.enterRoom({ roomId: 1001 }));
    expect(viewer.getSnapshot().status).toBe('watching');
    expect(viewer.getSnapshot().room?.roomInfo.ownerId).toBe('alice');
    await step(world, () => anchor.destroyRoom());
    expect(viewer.getSnapshot().status).toBe('outside');
  });

  it('each refuses bad options as createWebAdapter does', () => {
    const { options } = cloudOptions();
    for (const create of [createWebAdapter, createWebCallingAdapter, createWebLiveAdapter]) {
      const bad = { ...options('alice'), sdkAppId: 0 };
      expect(() => create(bad)).toThrow(
        expect.objectContaining({
          code: ErrorCode.INVALID_PARAMETER,
          message: expect.stringContaining('sdkAppId'),
        }),
      );
    }
  });

  it('takes media controls like the adapter for both', async () => {
    const { world, options, login } = cloudOptions();
    const adapter = withMediaControls(createWebCallingAdapter(options('alice')));
    expect(adapter.callSignaling).toBeDefined();
    const calling = createCalling({ adapter, media: mediaControls });
    await step(world, () => calling.login(login('alice')));
    const cameras = await step(world, () => calling.getCameraList());
    expect(Array.isArray(cameras)).toBe(true);
  });
});
