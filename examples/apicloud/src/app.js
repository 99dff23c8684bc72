import { createApicloudAdapter } from '@trtc-smart/adapter-apicloud';
import { createCalling } from '@trtc-smart/core';

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
  const calling = createCalling({ adapter: createApicloudAdapter() });
  calling.events$.subscribe((event) => {
    if (event.eventType !== 'onUserVoiceVolume') log(JSON.stringify(event));
    if (event.eventType === 'onUserVideoAvailable' && event.available)
      run('startRemoteView', calling.startRemoteView({ userId: event.userId, view: rectOf('remote') }));
    if (event.eventType === 'onCallBegin' && event.callType === 1)
      run('openCamera', calling.openCamera({ isFront: true, view: rectOf('local') }));
  });
  const on = (id, action) => document.getElementById(id).addEventListener('click', action);
  on('login', () =>
    run(
      'login',
      calling.login({
        sdkAppId: Number(value('sdkAppId')),
        userId: value('userId'),
        userSig: value('userSig'),
      }),
    ),
  );
  on('call', () => run('call', calling.call({ userId: value('callee'), type: 1 })));
  on('accept', () => run('accept', calling.accept()));
  on('hangup', () => run('hangup', calling.hangup()));
};
