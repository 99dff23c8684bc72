import type { CallingAdapter, ClockPort, LiveRoomAdapter, RandomPort } from '@trtc-smart/core';
import { invalidParameter, positiveIntegerField } from '@trtc-smart/core/adapter-kit';
import { createCallMediaPort } from './calling/call-media-port.js';
import { createCallSignalingPort } from './calling/call-signaling-port.js';
import type { StringRooms } from './calling/string-rooms.js';
import { JoinedRoom } from './live/joined-room.js';
import { createLiveMediaPort } from './live/live-media-port.js';
import { createLiveSignalingPort } from './live/live-signaling-port.js';
import type { CdnStreamingPlugin, ChatSdk, CrossRoomPlugin, TrtcSdk } from './sdk.js';
import { createSessionPort } from './session/session-port.js';
import { type WebView, webViewRule } from './view.js';
import { adapterContexts, type WebContext } from './web-context.js';

/** Options of `createWebAdapter`: the application, the SDKs the app imports, and logging. */
export interface WebAdapterOptions {
  readonly sdkAppId: number;
  /** `TRTC` from `trtc-sdk-v5` (the app imports it, so one copy serves the page). */
  readonly TRTC: TrtcSdk;
  /** The default export of `@tencentcloud/chat`. */
  readonly TencentCloudChat: ChatSdk;
  /** `trtc-sdk-v5/plugins/cross-room`, needed for live-room PK; registered in TRTC.create. */
  readonly CrossRoom?: CrossRoomPlugin;
  /**
   * `trtc-sdk-v5/plugins/cdn-streaming`, registered in TRTC.create: binds each publisher's CDN
   * stream id (startPublish's streamId). Without it the id is only announced in the anchor list.
   */
  readonly CDNStreaming?: CdnStreamingPlugin;
  /** Defaults to the page's timers and Date.now. */
  readonly clock?: ClockPort;
  /** Defaults to Math.random. */
  readonly random?: RandomPort;
  /** What the two Tencent SDKs print to the console. Default 'warn': warnings and errors only. */
  readonly logLevel?: LogLevel;
}

/** How much the Tencent SDKs log. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'none';

/** Each level as TRTC.setLogLevel (1 DEBUG … 5 NONE) and chat.setLogLevel (0 common … 4 none) number it. */
const LOG_LEVELS: Readonly<Record<LogLevel, readonly [trtc: number, chat: number]>> = {
  debug: [1, 0],
  info: [2, 1],
  warn: [3, 2],
  error: [4, 3],
  none: [5, 4],
};

/** One object for createCalling and createLiveRoom: they share the session, clock and views. */
export interface WebAdapter extends CallingAdapter<WebView>, LiveRoomAdapter<WebView> {
  /** Leaves TRTC and logs out of chat's listeners for good; the adapter is unusable afterwards. */
  destroy(): void;
}

const pageClock: ClockPort = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** An adapter for createCalling and createLiveRoom over one TRTC instance and one chat instance. */
export function createWebAdapter(options: WebAdapterOptions): WebAdapter {
  const { TRTC, TencentCloudChat } = options;
  const sdkAppId = positiveIntegerField(options.sdkAppId, 'sdkAppId');
  const logLevel = options.logLevel ?? 'warn';
  if (!Object.hasOwn(LOG_LEVELS, logLevel)) {
    throw invalidParameter('logLevel', `must be one of ${Object.keys(LOG_LEVELS).join(', ')}`);
  }
  const levels = LOG_LEVELS[logLevel];
  const plugins = [options.CrossRoom, options.CDNStreaming].filter((p) => p !== undefined);
  const context: WebContext = {
    sdkAppId,
    TRTC,
    trtc: TRTC.create(plugins.length > 0 ? { plugins } : {}),
    Chat: TencentCloudChat,
    chat: TencentCloudChat.create({ SDKAppID: sdkAppId }),
    clock: options.clock ?? pageClock,
    credentials: undefined,
  };
  TRTC.setLogLevel(levels[0] as Parameters<TrtcSdk['setLogLevel']>[0]);
  context.chat.setLogLevel(levels[1]);
  const room = new JoinedRoom();
  const stringRooms: StringRooms = new Map();
  const liveSignaling = createLiveSignalingPort(context, room);
  const liveMedia = createLiveMediaPort(
    context,
    { crossRoom: options.CrossRoom !== undefined, cdnStreaming: options.CDNStreaming },
    { room, noticeStream: (streamId) => liveSignaling.noticeStream(streamId) },
  );
  const adapter: WebAdapter = {
    session: createSessionPort(context),
    callSignaling: createCallSignalingPort(context, stringRooms),
    callMedia: createCallMediaPort(context, stringRooms),
    liveSignaling,
    liveMedia,
    clock: context.clock,
    random: options.random ?? { next: () => Math.random() },
    views: webViewRule,
    destroy: () => context.trtc.destroy(),
  };
  adapterContexts.set(adapter, context);
  return adapter;
}
