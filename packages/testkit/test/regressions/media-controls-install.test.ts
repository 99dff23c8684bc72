import { createCalling, createLiveRoom } from '@trtc-smart/core';
import { mediaControls } from '@trtc-smart/core/media';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';

// `media: mediaControls` threw at creation ("Cannot set property getSnapshot of #<CallingInstance>
// which has only a getter"): the instance's getSnapshot is a prototype getter, so a plain assignment
// could not replace it.
describe('regression: media controls install on both APIs', () => {
  it('createCalling and createLiveRoom with media: mediaControls carry state.media from the start', async () => {
    const cloud = createFakeCloud({ seed: 1 });
    const alice = createCalling({ adapter: cloud.adapter('alice'), media: mediaControls });
    const bob = createLiveRoom({ adapter: cloud.adapter('bob'), media: mediaControls });
    expect(alice.getSnapshot().media.screenShare).toBe('off');
    expect(bob.getSnapshot().media.music).toEqual([]);
    await cloud.run(alice.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' }));
    expect(alice.getSnapshot()).toMatchObject({ status: 'idle', media: { beauty: { beauty: 0 } } });
    await cloud.run(Promise.all([alice.destroy(), bob.destroy()]));
  });
});
