import type { WebAdapterOptions } from '@trtc-smart/adapter-web';
import type { FakeCloud } from '@trtc-smart/testkit';
// adapter-web's own SDK doubles (TRTC and chat over a fake-cloud device): web.ts serves adapter-web,
// so its tests drive the same SDK doubles adapter-web's conformance runs on.
import { chatDouble } from '../../adapter-web/test/doubles/chat-double.js';
import { trtcDouble } from '../../adapter-web/test/doubles/trtc-double.js';

/** What configure / configureWeb takes for one user on the fake cloud, in virtual time. */
export function webSdks(cloud: FakeCloud, userId: string): WebAdapterOptions & { readonly clock: FakeClock } {
  const device = cloud.adapter(userId);
  return {
    sdkAppId: cloud.options.sdkAppId,
    TRTC: trtcDouble(device),
    TencentCloudChat: chatDouble(device),
    clock: device.clock,
    random: device.random,
  };
}

type FakeClock = ReturnType<FakeCloud['adapter']>['clock'];
