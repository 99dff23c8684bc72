import { createCalling, createLiveRoom } from '@trtc-smart/core';
import { mediaControls } from '@trtc-smart/core/media';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';

/**
 * Found while wiring the APICloud adapter's media port (issue 16): `media: mediaControls` threw
 * "Cannot set property getSnapshot … which has only a getter" on both APIs, because the method
 * table installs getSnapshot as a getter-only accessor on the prototype, which assignment cannot
 * shadow. Every instance with media controls failed to construct.
 */
describe('regression: installing the media controls', () => {
  it('createCalling with media: mediaControls constructs and its snapshot carries media', () => {
    const cloud = createFakeCloud();
    const calling = createCalling({ adapter: cloud.adapter('alice'), media: mediaControls });
    expect(calling.getSnapshot()).toMatchObject({
      status: 'loggedOut',
      media: { screenShare: 'off', music: [] },
    });
  });

  it('createLiveRoom with media: mediaControls constructs and its snapshot carries media', () => {
    const cloud = createFakeCloud();
    const live = createLiveRoom({ adapter: cloud.adapter('anchor'), media: mediaControls });
    expect(live.getSnapshot()).toMatchObject({ media: { screenShare: 'off', remoteSubStreams: [] } });
  });
});
