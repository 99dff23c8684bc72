// An app with both: calls and live rooms over one adapter (one chat login serves both).
import TencentCloudChat from '@tencentcloud/chat';
import { createWebAdapter } from '@trtc-smart/adapter-web';
import { CallType, createCalling, createLiveRoom } from '@trtc-smart/core';
import TRTC from 'trtc-sdk-v5';

const adapter = createWebAdapter({ sdkAppId: 1400000001, TRTC, TencentCloudChat });
const calling = createCalling({ adapter });
const room = createLiveRoom({ adapter });
calling.events$.subscribe((event) => console.log(event));
room.events$.subscribe((event) => console.log(event));
export async function start(userSig: string): Promise<void> {
  await calling.login({ sdkAppId: 1400000001, userId: 'alice', userSig });
  await room.createRoom({ roomId: 1001, roomName: 'My room', coverUrl: '' });
  await room.destroyRoom();
  await calling.call({ userId: 'bob', type: CallType.VIDEO });
  await calling.hangup();
}
