import {
  type CallingAdapter,
  type CallMediaEvent,
  type CallSignalingEvent,
  type ClockPort,
  ErrorCode,
  type LiveMediaEvent,
  type LiveRoomAdapter,
  type LiveSignalingEvent,
  type RandomPort,
  type Rect,
  type SessionEvent,
  TrtcSmartError,
} from '@trtc-smart/core';
import { EventHub, rectViewRule } from '@trtc-smart/core/adapter-kit';
import type { MediaControlsPort } from '@trtc-smart/core/media';
import { createCallMediaPort } from './calling/call-media-port.js';
import { createCallSignalingPort } from './calling/call-signaling-port.js';
import type { CallingContext } from './calling/calling-context.js';
import { callingListener } from './calling/calling-listener.js';
import { NativeCallBook } from './calling/native-call-book.js';
import type { LiveContext } from './live/live-context.js';
import { createLiveMediaPort } from './live/live-media-port.js';
import { liveListeners } from './live/live-room-listener.js';
import { createLiveSignalingPort } from './live/live-signaling-port.js';
import { NativeRoomBook } from './live/native-room-book.js';
import { DEFAULT_MODULE_NAME, loadNativeModule } from './load-module.js';
import { createMediaControlsPort } from './media/media-controls-port.js';
import { type NativeInvoke, nativeInvoker } from './native-call.js';
import type { TencentTrtcSmartModule } from './native-module.js';
import { createSessionPort } from './session/session-port.js';

/** Options of `createApicloudAdapter` (see the README's table). */
export interface ApicloudAdapterOptions {
  /** The native module; default `api.require(moduleName)` (so create the adapter after apiready). */
  readonly module?: TencentTrtcSmartModule;
  /** Default 'tencentTrtcSmart'. */
  readonly moduleName?: string;
  /** A native method that never calls back fails after this long. Default 30000 ms. */
  readonly callbackTimeoutMs?: number;
  /** Defaults to the web view's timers and Date.now. */
  readonly clock?: ClockPort;
  /** Defaults to Math.random (room ids of incoming calls). */
  readonly random?: RandomPort;
}

/** createCalling's and createLiveRoom's adapter over the native module; views are rects over the web view. */
export interface ApicloudAdapter extends CallingAdapter<Rect>, LiveRoomAdapter<Rect> {
  readonly module: TencentTrtcSmartModule;
  /**
   * The media controls (`media: mediaControls` on createCalling / createLiveRoom): the native
   * module has none, so each method rejects NOT_SUPPORTED naming the feature (README's table).
   */
  readonly media: MediaControlsPort<Rect>;
  /** Removes the native listeners and destroys the native objects; the adapter is unusable afterwards. */
  destroy(): Promise<void>;
}

const DEFAULT_CALLBACK_TIMEOUT_MS = 30_000;

const webViewClock: ClockPort = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Implements core's ports over the tencentTrtcSmart native module: commands become native calls,
 * native listener events become port events, a native `err` becomes a core error. Core's machine
 * stays the one source of state; the adapter only remembers which roomId the native module's one
 * current call goes by (see the README's mapping table).
 */
export function createApicloudAdapter(options: ApicloudAdapterOptions = {}): ApicloudAdapter {
  const module = options.module ?? loadNativeModule(options.moduleName ?? DEFAULT_MODULE_NAME);
  const clock = options.clock ?? webViewClock;
  const random = options.random ?? { next: () => Math.random() };
  const callbackTimeoutMs = options.callbackTimeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS;
  const invokeCalling = nativeInvoker(module.calling, { label: 'calling', clock, callbackTimeoutMs });
  const invokeLive = module.liveRoom
    ? nativeInvoker(module.liveRoom, { label: 'liveRoom', clock, callbackTimeoutMs })
    : withoutLiveRoom;
  const natives = module.liveRoom ? [invokeCalling, invokeLive] : [invokeCalling];

  let self: string | undefined;
  const session$ = new EventHub<SessionEvent>();
  const calling: CallingContext = {
    invoke: invokeCalling,
    book: new NativeCallBook(random),
    signaling$: new EventHub<CallSignalingEvent>(),
    media$: new EventHub<CallMediaEvent>(),
    self: () => self,
  };
  const live: LiveContext = {
    invoke: invokeLive,
    book: new NativeRoomBook(),
    signaling$: new EventHub<LiveSignalingEvent>(),
    media$: new EventHub<LiveMediaEvent>(),
    self: () => self,
    clock,
  };
  // A kicked-out or expired session is over in the native objects too: the next login is a real one.
  session$.asObservable().subscribe((event) => {
    if (event.type === 'kickedOffline' || event.type === 'userSigExpired') self = undefined;
  });
  module.calling.setCallingListener({}, callingListener(calling, session$));
  if (module.liveRoom) {
    const listeners = liveListeners(live);
    module.liveRoom.setLiveRoomListener({}, listeners.liveRoom);
    module.liveRoom.setLinkMicListener({}, listeners.linkMic);
    module.liveRoom.setRoomPKListener({}, listeners.roomPK);
  }
  const nativeDestroy = async () => {
    await invokeCalling('removeCallingListener');
    if (module.liveRoom) await invokeLive('removeLiveRoomListener');
    for (const invoke of natives) await invoke('destroy');
  };

  return {
    module,
    session: createSessionPort({
      natives,
      session$,
      self: () => self,
      setSelf: (userId) => {
        self = userId;
      },
    }),
    callSignaling: createCallSignalingPort(calling),
    callMedia: createCallMediaPort(calling),
    liveSignaling: createLiveSignalingPort(live),
    liveMedia: createLiveMediaPort(live),
    media: createMediaControlsPort(),
    clock,
    random,
    views: rectViewRule,
    destroy: nativeDestroy,
  };
}

/** A build of the plugin without its liveRoom object: every live port call says so. */
const withoutLiveRoom: NativeInvoke = (method) =>
  Promise.reject(
    new TrtcSmartError(
      ErrorCode.ADAPTER_FAILURE,
      `liveRoom.${method}: the native module has no liveRoom object (pass { module: { calling, liveRoom } })`,
    ),
  );
