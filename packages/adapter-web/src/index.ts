export {
  createWebAdapter,
  type LogLevel,
  type WebAdapter,
  type WebAdapterOptions,
} from './create-web-adapter.js';
export { fromSdkError, type SdkName } from './errors.js';
export type { CdnStreamingPlugin, ChatClient, ChatSdk, CrossRoomPlugin, TrtcClient, TrtcSdk } from './sdk.js';
export { type WebView, webViewRule } from './view.js';
