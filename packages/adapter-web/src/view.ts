import type { ViewRule } from '@trtc-smart/core';
import { webViewProblem } from '@trtc-smart/core/adapter-kit';

/** Where TRTC renders a video: an element, or the id of one (TRTC looks it up when it plays). */
export type WebView = HTMLElement | string;

const isElement = (value: object): boolean => {
  const Element = (globalThis as { HTMLElement?: abstract new () => HTMLElement }).HTMLElement;
  return Element !== undefined && value instanceof Element;
};

/** The web's view rule: an element or the id of one. */
export const webViewRule: ViewRule<WebView> = {
  describe: 'an HTMLElement or an element id',
  check: (value): value is WebView => webViewProblem(value, isElement) === undefined,
  explain: (value) => webViewProblem(value, isElement) ?? '',
};
