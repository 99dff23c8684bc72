// A complete calling app on our stack: log in, call, hang up, events logged.
import TencentCloudChat from '@tencentcloud/chat';
import { createWebCallingAdapter } from '@trtc-smart/adapter-web';
import { CallType, createCalling } from '@trtc-smart/core';
import TRTC from 'trtc-sdk-v5';

const calling = createCalling({
  adapter: createWebCallingAdapter({ sdkAppId: 1400000001, TRTC, TencentCloudChat }),
});
calling.events$.subscribe((event) => console.log(event));
export async function start(userSig: string): Promise<void> {
  await calling.login({ sdkAppId: 1400000001, userId: 'alice', userSig });
  await calling.call({ userId: 'bob', type: CallType.VIDEO });
  await calling.openCamera({ isFront: true, view: 'local' });
  await calling.hangup();
}
