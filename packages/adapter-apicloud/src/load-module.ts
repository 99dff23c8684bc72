import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import type { TencentTrtcSmartModule } from './native-module.js';

/** The native plugin's name in config.xml and the APICloud console. */
export const DEFAULT_MODULE_NAME = 'tencentTrtcSmart';

interface ApicloudApi {
  require(name: string): unknown;
}

/**
 * `api.require(name)` of the APICloud engine, which exists only after `apiready`. Throws an
 * ADAPTER_FAILURE that says what to do when `api` is missing or the module is not in the app.
 */
export function loadNativeModule(name: string, scope: object = globalThis): TencentTrtcSmartModule {
  const api = (scope as { api?: Partial<ApicloudApi> }).api;
  if (typeof api?.require !== 'function') {
    throw new TrtcSmartError(
      ErrorCode.ADAPTER_FAILURE,
      'createApicloudAdapter: the APICloud `api` object is missing: create the adapter in the apiready handler of an APICloud app, or pass { module }',
    );
  }
  const module = api.require(name);
  if (module === null || typeof module !== 'object' || !isObject((module as { calling?: unknown }).calling)) {
    throw new TrtcSmartError(
      ErrorCode.ADAPTER_FAILURE,
      `createApicloudAdapter: api.require('${name}') returned no module with a calling object: add the ${name} native module to the app (config.xml and the APICloud console) and rebuild the custom loader`,
    );
  }
  return module as TencentTrtcSmartModule;
}

const isObject = (value: unknown): boolean => value !== null && typeof value === 'object';
