import type { ViewRule } from '@trtc-smart/core';
import { rectViewRule } from '@trtc-smart/core/adapter-kit';
import type { PluginView } from './definitions.js';

const ELEMENT_ID = /^\S{1,256}$/;

/** On the web the plugin renders into elements, named by id (a plugin call carries JSON only). */
export const elementIdViewRule: ViewRule<string> = {
  describe: 'an element id',
  check: (value): value is string => typeof value === 'string' && ELEMENT_ID.test(value),
  explain: (value) => (typeof value === 'string' ? '1-256 characters, no spaces' : 'not a string'),
};

/** Which views the plugin takes: element ids (`web`) or rects (`native`). */
export type CapacitorPlatform = 'web' | 'native';

/** Rects where a native plugin lays its video views over the web view; element ids on the web. */
export const viewRuleFor = (platform: CapacitorPlatform): ViewRule<PluginView> =>
  platform === 'native' ? rectViewRule : elementIdViewRule;
