import { type CallingEvent, createCalling, createLiveRoom } from '@trtc-smart/core';
import TRTC from 'trtc-sdk-v5';
import { createWebAdapter } from '../../src/index.js';
import { loopbackChat } from './loopback-chat.js';

/** The test page: the real trtc-sdk-v5 under createWebAdapter; the test drives it through `window.e2e`. */
const Chat = loopbackChat();
const SDK_APP_ID = 1400000001;

const adapterFor = () => createWebAdapter({ sdkAppId: SDK_APP_ID, TRTC, TencentCloudChat: Chat });

/** Invitations ring 5 s, so the callee of a call that failed to start stops ringing within the test. */
const INVITE_TIMEOUT_SEC = 5;

function party(userId: string) {
  const calling = createCalling({ adapter: adapterFor(), inviteTimeoutSec: INVITE_TIMEOUT_SEC });
  const events: CallingEvent[] = [];
  calling.events$.subscribe((event) => events.push(event));
  return {
    calling,
    events,
    login: () => calling.login({ sdkAppId: SDK_APP_ID, userId, userSig: `sig-${userId}` }),
    status: () => calling.getSnapshot().status,
  };
}

const unhandled: string[] = [];
window.addEventListener('unhandledrejection', (event) =>
  unhandled.push(String(event.reason?.message ?? event.reason)),
);

const e2e = {
  unhandled,
  /** openCamera outside a call: TRTC's local preview in the element with this id. */
  async openCamera(viewId: string) {
    const adapter = adapterFor();
    await adapter.session.login({ sdkAppId: SDK_APP_ID, userId: 'previewer', userSig: 'sig' });
    await adapter.callMedia.openCamera({ isFront: true, view: viewId });
  },
  /** A live room's camera preview, before any room: createLiveRoom on the same adapter. */
  async startCameraPreview(viewId: string) {
    const room = createLiveRoom({ adapter: adapterFor() });
    await room.login({ sdkAppId: SDK_APP_ID, userId: 'anchor', userSig: 'sig-anchor' });
    await room.startCameraPreview({ isFront: true, view: viewId });
  },
  /** alice calls bob; alice's room entry cannot reach the cloud. Resolves with what both saw. */
  async failingCall() {
    const alice = party('alice');
    const bob = party('bob');
    await Promise.all([alice.login(), bob.login()]);
    const outcome = await alice.calling.call({ userId: 'bob', type: 1 }).then(
      () => 'resolved',
      (error: { code?: number; message?: string; cause?: { code?: number } }) => ({
        code: error.code,
        message: error.message,
        causeCode: error.cause?.code,
      }),
    );
    // Core ends a call whose start failed without withdrawing its invitation, so bob rings until it times out.
    const deadline = Date.now() + (INVITE_TIMEOUT_SEC + 2) * 1000;
    while (bob.status() !== 'idle' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      outcome,
      alice: { status: alice.status(), events: alice.events },
      bob: { status: bob.status(), events: bob.events },
    };
  },
};

Object.assign(window, { e2e });
