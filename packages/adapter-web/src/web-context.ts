import { type ClockPort, ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import type { ChatClient, ChatSdk, TrtcClient, TrtcSdk } from './sdk.js';

/** What the ports of one adapter share: the two SDK instances and the logged-in user's credentials. */
export interface WebContext {
  readonly sdkAppId: number;
  readonly TRTC: TrtcSdk;
  readonly trtc: TrtcClient;
  readonly Chat: ChatSdk;
  readonly chat: ChatClient;
  readonly clock: ClockPort;
  /** Set by login: TRTC's enterRoom needs the same userId and userSig. */
  credentials: { readonly userId: string; readonly userSig: string } | undefined;
}

/** The logged-in user; a port call before login fails like the SDKs do. */
export function currentUser(context: WebContext): { readonly userId: string; readonly userSig: string } {
  if (!context.credentials)
    throw new TrtcSmartError(ErrorCode.NOT_LOGGED_IN, 'not logged in: the web adapter has no user yet');
  return context.credentials;
}

/**
 * Each web adapter's context, by adapter: the media controls entry (`@trtc-smart/adapter-web/media`)
 * finds the adapter's TRTC client here, so an app that never imports it carries none of its code.
 */
export const adapterContexts = new WeakMap<object, WebContext>();
