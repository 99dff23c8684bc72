export {
  createWebAdapter,
  createWebCallingAdapter,
  createWebLiveAdapter,
  type LogLevel,
  type WebAdapter,
  type WebAdapterOptions,
  type WebCallingAdapter,
  type WebLiveAdapter,
} from './create-web-adapter.js';
export { fromSdkError, type SdkName } from './errors.js';
export type {
  CallingChatMethods,
  CdnStreamingPlugin,
  ChatClient,
  ChatSdk,
  CrossRoomPlugin,
  LiveChatMethods,
  TrtcClient,
  TrtcEvents,
  TrtcSdk,
} from './sdk.js';
export { type WebView, webViewRule } from './view.js';
