// A live-room app on our stack: log in, open a room, publish, close it, events logged.
import TencentCloudChat from '@tencentcloud/chat';
import { createWebLiveAdapter } from '@trtc-smart/adapter-web';
import { createLiveRoom } from '@trtc-smart/core';
import TRTC from 'trtc-sdk-v5';

const room = createLiveRoom({
  adapter: createWebLiveAdapter({ sdkAppId: 1400000001, TRTC, TencentCloudChat }),
});
room.events$.subscribe((event) => console.log(event));
export async function start(userSig: string): Promise<void> {
  await room.login({ sdkAppId: 1400000001, userId: 'alice', userSig });
  await room.createRoom({ roomId: 1001, roomName: 'My room', coverUrl: '' });
  await room.startCameraPreview({ isFront: true, view: 'preview' });
  await room.startPublish({ streamId: 'alice-stream' });
  await room.destroyRoom();
}
