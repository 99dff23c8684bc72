import type { CallingAdapter, ClockPort, LiveRoomAdapter, RandomPort } from '@trtc-smart/core';
import { invalidParameter, positiveIntegerField } from '@trtc-smart/core/adapter-kit';
import { callingPorts } from './calling/calling-ports.js';
import { livePorts } from './live/live-ports.js';
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

/** What every web adapter has: the session, clock, random and views, and a way to end it. */
interface WebAdapterBase {
  /** Leaves TRTC and logs out of chat's listeners for good; the adapter is unusable afterwards. */
  destroy(): void;
}

/** A web adapter for createCalling only: a calling app carries none of the live-room wire code. */
export interface WebCallingAdapter extends CallingAdapter<WebView>, WebAdapterBase {}

/** A web adapter for createLiveRoom only: a live app carries none of the calling wire code. */
export interface WebLiveAdapter extends LiveRoomAdapter<WebView>, WebAdapterBase {}

/** One object for createCalling and createLiveRoom: they share the session, clock and views. */
export interface WebAdapter extends WebCallingAdapter, WebLiveAdapter {}

const pageClock: ClockPort = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** An adapter for createCalling and createLiveRoom over one TRTC instance and one chat instance. */
export function createWebAdapter(options: WebAdapterOptions): WebAdapter {
  const context = webContext(options);
  return registered(context, {
    ...baseOf(context, options),
    ...callingPorts(context),
    ...livePorts(context, options),
  });
}

/** Like createWebAdapter, for an app that only calls (`createCalling`); smaller in its bundle. */
export function createWebCallingAdapter(options: WebAdapterOptions): WebCallingAdapter {
  const context = webContext(options);
  return registered(context, { ...baseOf(context, options), ...callingPorts(context) });
}

/** Like createWebAdapter, for an app with live rooms only (`createLiveRoom`); smaller in its bundle. */
export function createWebLiveAdapter(options: WebAdapterOptions): WebLiveAdapter {
  const context = webContext(options);
  return registered(context, { ...baseOf(context, options), ...livePorts(context, options) });
}

/** Checks the options, makes the two SDK instances and sets their log levels. */
function webContext(options: WebAdapterOptions): WebContext {
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
  return context;
}

function baseOf(context: WebContext, options: WebAdapterOptions) {
  return {
    session: createSessionPort(context),
    clock: context.clock,
    random: options.random ?? { next: () => Math.random() },
    views: webViewRule,
    destroy: () => context.trtc.destroy(),
  };
}

/** The media controls entry finds the adapter's TRTC client through this registration. */
function registered<A extends WebAdapterBase>(context: WebContext, adapter: A): A {
  adapterContexts.set(adapter, context);
  return adapter;
}
