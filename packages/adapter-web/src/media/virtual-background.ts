import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import type { VirtualBackground } from '@trtc-smart/core/media';
import type { VirtualBackgroundOptions } from 'trtc-sdk-v5';
import { fromSdkError } from '../errors.js';
import type { TrtcClient, VirtualBackgroundPlugin } from '../sdk.js';
import { trtcCaller } from '../trtc-room.js';
import { currentUser, type WebContext } from '../web-context.js';

/**
 * TRTC codes that mean this page cannot have the effect at all: the environment lacks what it
 * needs (ENV_NOT_SUPPORTED), or Tencent's license check refused or could not be reached (NEED_TO_BUY).
 */
const UNSUPPORTED_CODES: Readonly<Record<number, string>> = {
  5200: 'the browser lacks what it needs',
  5401: "TRTC's license check for the effect failed (the app's package does not include it, or Tencent's server could not be reached)",
};

/** The NOT_SUPPORTED refusal, worded as core's `notSupported` with the reason after it. */
const unsupported = (reason: string, cause?: TrtcSmartError['cause']) =>
  new TrtcSmartError(ErrorCode.NOT_SUPPORTED, `virtual background is not supported on web: ${reason}`, cause);

/** The plugin's options for a blur or an image. */
const effectOf = (background: Exclude<VirtualBackground, { type: 'none' }>) =>
  background.type === 'image'
    ? { type: 'image' as const, src: background.imageUrl }
    : {
        type: 'blur' as const,
        ...(background.blurLevel === undefined ? {} : { blurLevel: background.blurLevel }),
      };

/**
 * The virtual background over trtc-sdk-v5's VirtualBackground plugin: it segments the camera
 * image with WebGL2 and WebAssembly and checks the app's license with Tencent's server on start,
 * so it needs the logged-in user's credentials and the plugin's assets deployed by the app.
 */
export function createVirtualBackground(
  context: WebContext,
  plugin: (name: 'VirtualBackground') => Promise<VirtualBackgroundPlugin>,
  assetsPath: string | undefined,
) {
  const { trtc } = context;
  const call = trtcCaller(trtc);
  let running = false;
  return async (background: VirtualBackground): Promise<void> => {
    if (background.type === 'none') {
      if (running) await call((t) => t.stopPlugin('VirtualBackground'));
      running = false;
      return;
    }
    const effect = effectOf(background);
    if (running) {
      await call((t) => t.updatePlugin('VirtualBackground', effect));
      return;
    }
    if (assetsPath === undefined) {
      throw new TrtcSmartError(
        ErrorCode.INVALID_STATE,
        "virtual background: TRTC's plugin needs its assets: deploy trtc-sdk-v5/assets and pass withMediaControls(adapter, { assetsPath })",
      );
    }
    const { userId, userSig } = currentUser(context);
    const VirtualBackground = await plugin('VirtualBackground');
    if (!VirtualBackground.isSupported()) {
      throw unsupported(
        "this browser cannot run TRTC's plugin (it needs Chrome 90+ or an equivalent with WebGL2; VirtualBackground.isSupported() is false)",
      );
    }
    await start(trtc, { sdkAppId: context.sdkAppId, userId, userSig, ...effect });
    running = true;
  };
}

async function start(trtc: TrtcClient, options: VirtualBackgroundOptions): Promise<void> {
  try {
    await trtc.startPlugin('VirtualBackground', options);
  } catch (error) {
    const mapped = fromSdkError('TRTC', error);
    const code = mapped.cause?.code;
    const reason = typeof code === 'number' ? UNSUPPORTED_CODES[code] : undefined;
    if (reason === undefined) throw mapped;
    throw unsupported(`${reason}. TRTC said: ${mapped.cause?.message ?? mapped.message}`, mapped.cause);
  }
}
