import type { StartCrossRoomOption } from 'trtc-sdk-v5';
import type { CDNStreamingOptions } from 'trtc-sdk-v5/plugins/cdn-streaming';
import type { CdnStreamingPlugin, CrossRoomPlugin } from '../../src/sdk.js';

/**
 * Stand-ins for the two plugins' default exports, typed against their declarations: the TRTC
 * double checks they were registered in TRTC.create and does their work itself (their real code
 * needs a browser). Calling a method on them directly is a test bug.
 */
class CrossRoomDouble {
  start(_option: StartCrossRoomOption): Promise<void> {
    return misuse('CrossRoom');
  }
  update(): Promise<void> {
    return misuse('CrossRoom');
  }
  stop(): Promise<void> {
    return misuse('CrossRoom');
  }
}

class CdnStreamingDouble {
  static TYPE = {
    PublishMode: {
      PublishMainStreamToCDN: 'PublishMainStreamToCDN',
      PublishSubStreamToCDN: 'PublishSubStreamToCDN',
      PublishMixStreamToCDN: 'PublishMixStreamToCDN',
    },
  } as CdnStreamingPlugin['TYPE'];
  start(_options: CDNStreamingOptions): Promise<void> {
    return misuse('CDNStreaming');
  }
  update(_options: CDNStreamingOptions): Promise<void> {
    return misuse('CDNStreaming');
  }
  stop(_options: CDNStreamingOptions): Promise<void> {
    return misuse('CDNStreaming');
  }
}

const misuse = (name: string) =>
  Promise.reject(new Error(`${name}: use trtc.startPlugin, not the plugin itself`));

export const CrossRoom: CrossRoomPlugin = CrossRoomDouble;
export const CDNStreaming: CdnStreamingPlugin = CdnStreamingDouble;
