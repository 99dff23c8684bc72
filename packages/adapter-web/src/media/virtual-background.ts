import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { invalidParameter } from '@trtc-smart/core/adapter-kit';
import { fromSdkError } from '../errors.js';
import type { TrtcClient, VirtualBackgroundPlugin } from '../sdk.js';
import { trtcCaller } from '../trtc-room.js';
import { currentUser, type WebContext } from '../web-context.js';

export interface VirtualBackgroundSetting {
  readonly type: 'none' | 'blur' | 'image';
  readonly blurLevel?: number;
  readonly imageUrl?: string;
}

/**
 * TRTC codes that mean this page cannot have the effect at all: the environment lacks what it
 * needs (ENV_NOT_SUPPORTED), or Tencent's license check refused or could not be reached (NEED_TO_BUY).
 */
const UNSUPPORTED_CODES: Readonly<Record<number, string>> = {
  5200: 'the browser lacks what it needs',
  5401: "TRTC's license check for the effect failed (the app's package does not include it, or Tencent's server could not be reached)",
};

const FEATURE = 'virtual background (web)';

/** The plugin's options for a blur or an image. */
function effectOf(type: 'blur' | 'image', blurLevel: number | undefined, imageUrl: string | undefined) {
  if (type === 'blur') return { type, ...(blurLevel === undefined ? {} : { blurLevel }) };
  if (imageUrl === undefined) throw invalidParameter('imageUrl', "is required when type is 'image'");
  return { type, src: imageUrl };
}

/**
 * The virtual background over trtc-sdk-v5's VirtualBackground plugin: it segments the camera
 * image with WebGL2 and WebAssembly and checks the app's license with Tencent's server on start,
 * so it needs the logged-in user's credentials and the plugin's assets deployed by the app.
 */
export function createVirtualBackground(
  context: WebContext,
  trtc: TrtcClient,
  plugin: (name: 'VirtualBackground') => Promise<VirtualBackgroundPlugin>,
  assetsPath: string | undefined,
) {
  const call = trtcCaller(trtc);
  let running = false;
  return {
    async setVirtualBackground({ type, blurLevel, imageUrl }: VirtualBackgroundSetting): Promise<void> {
      if (type === 'none') {
        if (running) await call((t) => t.stopPlugin('VirtualBackground'));
        running = false;
        return;
      }
      const effect = effectOf(type, blurLevel, imageUrl);
      if (running) {
        await call((t) => t.updatePlugin('VirtualBackground', effect));
        return;
      }
      if (assetsPath === undefined) {
        throw new TrtcSmartError(
          ErrorCode.INVALID_STATE,
          `${FEATURE}: TRTC's plugin needs its assets: deploy trtc-sdk-v5/assets and pass createWebMediaControls(adapter, { assetsPath })`,
        );
      }
      const { userId, userSig } = currentUser(context);
      const VirtualBackground = await plugin('VirtualBackground');
      if (!VirtualBackground.isSupported()) {
        throw new TrtcSmartError(
          ErrorCode.NOT_SUPPORTED,
          `${FEATURE} is not supported here: TRTC's plugin needs Chrome 90+ (or an equivalent) with WebGL2, and VirtualBackground.isSupported() is false`,
        );
      }
      try {
        await trtc.startPlugin('VirtualBackground', {
          sdkAppId: context.sdkAppId,
          userId,
          userSig,
          ...effect,
        });
      } catch (error) {
        const mapped = fromSdkError('TRTC', error);
        const code = mapped.cause?.code;
        const reason = typeof code === 'number' ? UNSUPPORTED_CODES[code] : undefined;
        if (reason === undefined) throw mapped;
        throw new TrtcSmartError(
          ErrorCode.NOT_SUPPORTED,
          `${FEATURE} is not available: ${reason}. TRTC said: ${mapped.cause?.message ?? mapped.message}`,
          mapped.cause,
        );
      }
      running = true;
    },
  };
}
