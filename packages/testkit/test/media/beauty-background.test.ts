import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { inCall, liveRoom, logIn, newLiveRoom, view } from './media-worlds.js';

const soft = { style: 'natural', beauty: 5, whiteness: 3, ruddiness: 1 } as const;
const off = { style: 'smooth', beauty: 0, whiteness: 0, ruddiness: 0 } as const;

describe('beauty', () => {
  it('is set before login and during an anchor preview, and kept when the room goes live', async () => {
    const cloud = createFakeCloud();
    const anchor = newLiveRoom(cloud, 'anchor');
    await cloud.run(anchor.setBeautyStyle({ style: 'smooth', beauty: 9, whiteness: 9, ruddiness: 9 }));
    expect(cloud.mediaState('anchor')?.controls.beauty).toMatchObject({ beauty: 9 });
    await logIn(cloud, anchor, 'anchor');
    await cloud.run(anchor.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
    await cloud.run(anchor.startCameraPreview({ isFront: true, view }));
    expect(anchor.getSnapshot().status).toBe('previewing');
    await cloud.run(anchor.setBeautyStyle(soft));
    expect(anchor.getSnapshot().media.beauty).toEqual(soft);
    expect(cloud.mediaState('anchor')?.controls.beauty).toEqual(soft);
    await cloud.run(anchor.startPublish({ streamId: 's' }));
    expect(anchor.getSnapshot().media.beauty).toEqual(soft);
  });

  it('is set in a call; level 0 everywhere turns it off', async () => {
    const { cloud, alice } = await inCall();
    await cloud.run(alice.setBeautyStyle(soft));
    expect(cloud.mediaState('alice')?.controls.beauty).toEqual(soft);
    await cloud.run(alice.setBeautyStyle(off));
    expect(alice.getSnapshot().media.beauty).toEqual(off);
    expect(cloud.mediaState('alice')?.controls.beauty).toBeNull();
  });
});

describe('virtual background', () => {
  it('blurs (level 3 by default), replaces with an image and removes, in a call', async () => {
    const { cloud, alice } = await inCall();
    await cloud.run(alice.setVirtualBackground({ type: 'blur' }));
    expect(alice.getSnapshot().media.background).toEqual({ type: 'blur', blurLevel: 3 });
    expect(cloud.mediaState('alice')?.controls.background).toEqual({ type: 'blur', blurLevel: 3 });
    await cloud.run(alice.setVirtualBackground({ type: 'image', imageUrl: 'https://cdn.example/beach.jpg' }));
    expect(cloud.mediaState('alice')?.controls.background).toEqual({
      type: 'image',
      imageUrl: 'https://cdn.example/beach.jpg',
    });
    await cloud.run(alice.setVirtualBackground({ type: 'none' }));
    expect(alice.getSnapshot().media.background).toEqual({ type: 'none' });
    expect(cloud.mediaState('alice')?.controls.background).toEqual({ type: 'none' });
  });

  it('works for a live anchor and a watching viewer alike', async () => {
    const { cloud, anchor, viewer } = await liveRoom();
    await cloud.run(anchor.setVirtualBackground({ type: 'blur', blurLevel: 10 }));
    await cloud.run(viewer.setVirtualBackground({ type: 'blur', blurLevel: 1 }));
    expect(cloud.mediaState('anchor')?.controls.background).toEqual({ type: 'blur', blurLevel: 10 });
    expect(viewer.getSnapshot().media.background).toEqual({ type: 'blur', blurLevel: 1 });
  });
});
