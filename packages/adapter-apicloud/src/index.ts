export type {} from './apiready.js';
export {
  type ApicloudAdapter,
  type ApicloudAdapterOptions,
  createApicloudAdapter,
} from './create-apicloud-adapter.js';
export { DEFAULT_MODULE_NAME, loadNativeModule } from './load-module.js';
export type {
  CallingMethodName,
  LiveRoomMethodName,
  NativeCallback,
  NativeCalling,
  NativeErr,
  NativeLiveRoom,
  NativeMethod,
  NativeRect,
  TencentTrtcSmartModule,
} from './native-module.js';
export { CALLING_METHODS, LIVE_ROOM_METHODS } from './native-module.js';
