import { ErrorCode } from '@trtc-smart/core';
import { createFakeCloud, createFakeNativeModule } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { createApicloudAdapter, loadNativeModule } from '../src/index.js';

describe('loading the native module with api.require', () => {
  it('takes the module from api.require(name)', () => {
    const { module } = createFakeNativeModule(createFakeCloud(), 'alice');
    const asked: string[] = [];
    const api = {
      require: (name: string) => {
        asked.push(name);
        return module;
      },
    };
    expect(loadNativeModule('tencentTrtcSmart', { api })).toBe(module);
    expect(loadNativeModule('myTrtcBuild', { api })).toBe(module);
    expect(asked).toEqual(['tencentTrtcSmart', 'myTrtcBuild']);
  });

  it('says to wait for apiready when api is missing', () => {
    expect(() => createApicloudAdapter()).toThrow(
      expect.objectContaining({
        code: ErrorCode.ADAPTER_FAILURE,
        message: expect.stringContaining(
          'the APICloud `api` object is missing: create the adapter in the apiready handler',
        ),
      }),
    );
  });

  it('says to bundle the module when api.require finds none', () => {
    const api = { require: () => undefined };
    expect(() => loadNativeModule('tencentTrtcSmart', { api })).toThrow(
      "api.require('tencentTrtcSmart') returned no module with a calling object: add the tencentTrtcSmart native module to the app",
    );
  });
});
