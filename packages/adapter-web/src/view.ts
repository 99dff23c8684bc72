import type { ViewRule } from '@trtc-smart/core';

/** Where TRTC renders a video: an element, or the id of one (TRTC looks it up when it plays). */
export type WebView = HTMLElement | string;

const ELEMENT_ID = /^[^\s]{1,256}$/;

const problem = (value: unknown): string | undefined => {
  if (typeof value === 'string')
    return ELEMENT_ID.test(value) ? undefined : 'an id is 1-256 characters, no spaces';
  const Element = (globalThis as { HTMLElement?: abstract new () => HTMLElement }).HTMLElement;
  if (Element !== undefined && value instanceof Element) return undefined;
  return 'neither an element nor an element id';
};

/** The web's view rule: an element or the id of one. */
export const webViewRule: ViewRule<WebView> = {
  describe: 'an HTMLElement or an element id',
  check: (value): value is WebView => problem(value) === undefined,
  explain: (value) => problem(value) ?? '',
};
