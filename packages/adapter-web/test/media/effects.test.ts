import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createWebMediaControls } from '../../src/media/index.js';
import { rtcFailure } from '../doubles/trtc-media-double.js';
import { logIn, mediaWorld, outcome } from './media-harness.js';

describe('adapter-web media controls: beauty (BasicBeauty, loaded on demand)', () => {
  it("the first setBeautyStyle loads and registers the plugin once, then starts it with TRTC's 0-1 strengths; later ones update it", async () => {
    const world = mediaWorld();
    const { cloud, media, trtc } = world;
    await cloud.run(media.setBeautyStyle({ style: 'smooth', beauty: 9, whiteness: 3, ruddiness: 0 }));
    expect(trtc.beauty).toEqual({ beauty: 1, brightness: 3 / 9, ruddy: 0 });
    await cloud.run(media.setBeautyStyle({ style: 'natural', beauty: 9, whiteness: 0, ruddiness: 9 }));
    // 'natural' smooths less at the same level.
    expect(trtc.beauty).toEqual({ beauty: 0.6, brightness: 0, ruddy: 1 });
    expect(trtc.calls).toEqual(['startPlugin BasicBeauty', 'updatePlugin BasicBeauty']);
    expect(world.loads.BasicBeauty).toBe(1);
    expect(trtc.registered.map((p) => (p as { Name: string }).Name)).toEqual(['BasicBeauty']);
  });

  it('level 0 everywhere stops the plugin (a no-op when it never ran); the next level starts it again', async () => {
    const world = mediaWorld();
    const { cloud, media, trtc } = world;
    const off = { style: 'smooth', beauty: 0, whiteness: 0, ruddiness: 0 } as const;
    await cloud.run(media.setBeautyStyle(off));
    expect(world.loads.BasicBeauty).toBe(0);
    await cloud.run(media.setBeautyStyle({ ...off, beauty: 5 }));
    await cloud.run(media.setBeautyStyle(off));
    expect(trtc.beauty).toBeUndefined();
    await cloud.run(media.setBeautyStyle({ ...off, ruddiness: 1 }));
    expect(trtc.calls).toEqual([
      'startPlugin BasicBeauty',
      'stopPlugin BasicBeauty',
      'startPlugin BasicBeauty',
    ]);
  });

  it("a plugin that fails to start is TRTC's error mapped, and the next call starts it again", async () => {
    const { cloud, media, trtc } = mediaWorld();
    trtc.failNext.set('startPlugin BasicBeauty', rtcFailure(5200, 'WebGL2 is not supported', 'startPlugin'));
    expect(
      await outcome(
        cloud.run(media.setBeautyStyle({ style: 'smooth', beauty: 1, whiteness: 0, ruddiness: 0 })),
      ),
    ).toMatchObject({
      code: ErrorCode.ADAPTER_FAILURE,
    });
    await cloud.run(media.setBeautyStyle({ style: 'smooth', beauty: 1, whiteness: 0, ruddiness: 0 }));
    expect(trtc.calls).toEqual(['startPlugin BasicBeauty']);
  });
});

describe('adapter-web media controls: virtual background (VirtualBackground, loaded on demand)', () => {
  it("blur starts the plugin with the logged-in user's credentials; image updates it; none stops it", async () => {
    const world = mediaWorld();
    const { cloud, media, trtc } = world;
    await logIn(world);
    await cloud.run(media.setVirtualBackground({ type: 'blur', blurLevel: 5 }));
    expect(trtc.background).toEqual({
      sdkAppId: cloud.options.sdkAppId,
      userId: 'alice',
      userSig: 'dev-sig-alice',
      type: 'blur',
      blurLevel: 5,
    });
    await cloud.run(media.setVirtualBackground({ type: 'image', imageUrl: 'https://img.example/beach.jpg' }));
    expect(trtc.background).toMatchObject({ type: 'image', src: 'https://img.example/beach.jpg' });
    await cloud.run(media.setVirtualBackground({ type: 'none' }));
    expect(trtc.background).toBeUndefined();
    expect(trtc.calls).toEqual([
      'startPlugin VirtualBackground',
      'updatePlugin VirtualBackground',
      'stopPlugin VirtualBackground',
    ]);
  });

  it('where the browser cannot run it (isSupported false) it is refused with NOT_SUPPORTED naming the feature and why', async () => {
    const world = mediaWorld();
    await logIn(world);
    world.vbSupported = false;
    const result = await outcome(world.cloud.run(world.media.setVirtualBackground({ type: 'blur' })));
    expect(result).toEqual({
      code: ErrorCode.NOT_SUPPORTED,
      message:
        "virtual background is not supported on web: this browser cannot run TRTC's plugin (it needs Chrome 90+ or an equivalent with WebGL2; VirtualBackground.isSupported() is false)",
    });
    expect(world.trtc.background).toBeUndefined();
  });

  it("TRTC's license refusal (NEED_TO_BUY) and ENV_NOT_SUPPORTED are NOT_SUPPORTED with TRTC's words; other failures keep their mapping", async () => {
    const world = mediaWorld();
    const { cloud, media, trtc } = world;
    await logIn(world);
    trtc.failNext.set(
      'startPlugin VirtualBackground',
      rtcFailure(5401, 'You need to buy packages', 'startPlugin'),
    );
    expect(await outcome(cloud.run(media.setVirtualBackground({ type: 'blur' })))).toEqual({
      code: ErrorCode.NOT_SUPPORTED,
      message:
        "virtual background is not supported on web: TRTC's license check for the effect failed (the app's package does not include it, or Tencent's server could not be reached). TRTC said: You need to buy packages",
    });
    trtc.failNext.set('startPlugin VirtualBackground', rtcFailure(5200, 'no wasm', 'startPlugin'));
    expect(await outcome(cloud.run(media.setVirtualBackground({ type: 'blur' })))).toMatchObject({
      code: ErrorCode.NOT_SUPPORTED,
      message: expect.stringMatching(
        /^virtual background is not supported on web: the browser lacks what it needs/,
      ),
    });
    trtc.failNext.set('startPlugin VirtualBackground', rtcFailure(5998, 'aborted', 'startPlugin'));
    expect(await outcome(cloud.run(media.setVirtualBackground({ type: 'blur' })))).toMatchObject({
      code: ErrorCode.CANCELLED,
    });
  });

  it('refuses without the assets path (INVALID_STATE) and before login (NOT_LOGGED_IN)', async () => {
    const bare = mediaWorld({});
    await logIn(bare);
    expect(await outcome(bare.media.setVirtualBackground({ type: 'blur' }))).toMatchObject({
      code: ErrorCode.INVALID_STATE,
      message: expect.stringContaining('withMediaControls(adapter, { assetsPath })'),
    });
    const world = mediaWorld();
    expect(await outcome(world.media.setVirtualBackground({ type: 'blur' }))).toMatchObject({
      code: ErrorCode.NOT_LOGGED_IN,
    });
    // 'none' while nothing runs is a no-op.
    await world.media.setVirtualBackground({ type: 'none' });
    expect(world.trtc.calls).toEqual([]);
  });
});

describe('createWebMediaControls', () => {
  it('refuses an object that is not a web adapter', () => {
    expect(() => createWebMediaControls({} as never)).toThrow(
      'adapter: must be an object createWebAdapter (or createWebCallingAdapter / createWebLiveAdapter) returned (the media controls use its TRTC client)',
    );
  });
});
