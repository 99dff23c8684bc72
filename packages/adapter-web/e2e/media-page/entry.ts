import TRTC from 'trtc-sdk-v5';
import { createWebAdapter } from '../../src/index.js';
import { withMediaControls } from '../../src/media/index.js';
import { adapterContexts } from '../../src/web-context.js';
import { loopbackChat } from '../page/loopback-chat.js';
import { meanColor, medianLevel, sineWav } from './wav.js';

/** The media controls on the real trtc-sdk-v5 in Chromium; the test drives them through `window.e2e`. */
const SDK_APP_ID = 1400000001;
const base = createWebAdapter({ sdkAppId: SDK_APP_ID, TRTC, TencentCloudChat: loopbackChat() });
const adapter = withMediaControls(base, { assetsPath: '/assets/' });
/** The media port, as core drives it (core validates and fills in the defaults first). */
const { media } = adapter;
/** The adapter's own TRTC client: the test reads what it publishes (not part of the public API). */
const trtc = () => {
  const context = adapterContexts.get(base);
  if (!context) throw new Error('no context');
  return context.trtc;
};

const events: { type: string }[] = [];
media.events$.subscribe((event) => events.push(event));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failure = (error: unknown) => {
  const e = error as { code?: number; message?: string };
  return { code: e.code, message: e.message };
};

const e2e = {
  events,
  /** Plays a generated 2 s tone with the microphone on; the published (processed) track's level before and during. */
  async backgroundMusic() {
    await trtc().startLocalAudio();
    const published = () => {
      const track = trtc().getAudioTrack({ processed: true });
      if (!track) throw new Error('no published audio track');
      return track;
    };
    const before = await medianLevel(published(), 800);
    const url = URL.createObjectURL(sineWav(2, 440));
    await media.startPlayMusic({ id: 7, url, loopCount: 0, publish: true, startTimeMs: 0 });
    const during = await medianLevel(published(), 800);
    // The track ends by itself: the player reports it complete, by timing.
    const deadline = Date.now() + 5000;
    while (!events.some((e) => e.type === 'musicComplete') && Date.now() < deadline) await sleep(100);
    const after = await medianLevel(published(), 800);
    return { before, during, after, events: events.filter((e) => e.type.startsWith('music')) };
  },
  /** Beauty on the live preview: the preview's mean colour before, with beauty at its strongest, and with it off. */
  async beauty() {
    await adapter.session.login({ sdkAppId: SDK_APP_ID, userId: 'anchor', userSig: 'sig-anchor' });
    await adapter.liveMedia.startCameraPreview({ isFront: true, view: 'preview' });
    await sleep(1000);
    const before = meanColor('preview');
    await media.setBeautyStyle({ style: 'smooth', beauty: 9, whiteness: 9, ruddiness: 9 });
    await sleep(1500);
    const on = meanColor('preview');
    await media.setBeautyStyle({ style: 'smooth', beauty: 0, whiteness: 0, ruddiness: 0 });
    await sleep(1500);
    const off = meanColor('preview');
    return { before, on, off };
  },
  async devices() {
    const lists = {
      cameras: await media.getDeviceList({ kind: 'camera' }),
      microphones: await media.getDeviceList({ kind: 'microphone' }),
      speakers: await media.getDeviceList({ kind: 'speaker' }),
    };
    await trtc().startLocalAudio();
    const other = lists.microphones.at(-1)?.deviceId ?? '';
    await media.setCurrentDevice({ kind: 'microphone', deviceId: other });
    await media.setCurrentDevice({ kind: 'speaker', deviceId: lists.speakers.at(-1)?.deviceId ?? '' });
    await sleep(300);
    const unknown = await media
      .setCurrentDevice({ kind: 'camera', deviceId: 'no-such-camera' })
      .then(() => undefined, failure);
    return { lists, other, unknown, events: events.filter((e) => e.type === 'deviceChange') };
  },
  /** Starts sharing (Chromium picks the screen itself), then ends it as the browser's "stop sharing" does. */
  async screenShare() {
    await media.startScreenShare({ publish: false });
    const track = trtc().getVideoTrack({ streamType: TRTC.TYPE.STREAM_TYPE_SUB });
    const label = track?.label;
    track?.stop();
    track?.dispatchEvent(new Event('ended'));
    await sleep(300);
    return { label, events: events.filter((e) => e.type === 'screenShareStopped') };
  },
  async virtualBackground() {
    await adapter.session.login({ sdkAppId: SDK_APP_ID, userId: 'vb', userSig: 'sig-vb' });
    await adapter.liveMedia.startCameraPreview({ isFront: true, view: 'preview' });
    return media.setVirtualBackground({ type: 'blur', blurLevel: 3 }).then(() => 'applied', failure);
  },
};

Object.assign(window, { e2e });
