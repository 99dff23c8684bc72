import { createApicloudAdapter } from '@trtc-smart/adapter-apicloud';
import { createCalling, createLiveRoom } from '@trtc-smart/core';

/** The native view goes where the element is: its rect over the web view, in points. */
const rectOf = (id) => {
  const box = document.getElementById(id).getBoundingClientRect();
  return {
    x: Math.round(box.left),
    y: Math.round(box.top),
    w: Math.round(box.width),
    h: Math.round(box.height),
  };
};
const value = (id) => document.getElementById(id).value.trim();
const log = (line) => {
  document.getElementById('log').textContent = `${line}\n${document.getElementById('log').textContent}`;
};
const run = (label, promise) =>
  promise.then(
    () => log(`${label}: ok`),
    (error) => log(`${label}: ${error.code} ${error.message}`),
  );

// The APICloud engine calls apiready once `api` (and so api.require) exists.
window.apiready = () => {
  // One adapter serves both: they share the native module's login.
  const adapter = createApicloudAdapter();
  const calling = createCalling({ adapter });
  const live = createLiveRoom({ adapter });
  calling.events$.subscribe((event) => {
    if (event.eventType !== 'onUserVoiceVolume') log(JSON.stringify(event));
    if (event.eventType === 'onUserVideoAvailable' && event.available)
      run('startRemoteView', calling.startRemoteView({ userId: event.userId, view: rectOf('remote') }));
    if (event.eventType === 'onCallBegin' && event.callType === 1)
      run('openCamera', calling.openCamera({ isFront: true, view: rectOf('local') }));
  });
  live.events$.subscribe((event) => {
    log(JSON.stringify(event));
    if (event.eventType === 'onAnchorEnter')
      run('startPlay', live.startPlay({ userId: event.userId, view: rectOf('remote') }));
  });
  const on = (id, action) => document.getElementById(id).addEventListener('click', action);
  on('login', () => {
    const params = {
      sdkAppId: Number(value('sdkAppId')),
      userId: value('userId'),
      userSig: value('userSig'),
    };
    run(
      'login',
      calling.login(params).then(() => live.login(params)),
    );
  });
  on('call', () => run('call', calling.call({ userId: value('callee'), type: 1 })));
  on('accept', () => run('accept', calling.accept()));
  on('hangup', () => run('hangup', calling.hangup()));
  on('goLive', () =>
    run(
      'go live',
      live
        .createRoom({ roomId: value('roomId'), roomName: value('userId'), coverUrl: '' })
        .then(() => live.startCameraPreview({ isFront: true, view: rectOf('local') }))
        .then(() => live.startPublish({ streamId: `${value('userId')}_stream` })),
    ),
  );
  on('watch', () => run('watch', live.enterRoom({ roomId: value('roomId') })));
  on('leave', () => run('leave', live.getSnapshot().room?.isOwner ? live.destroyRoom() : live.exitRoom()));
};
