import {
  type ConnectionState,
  ErrorCode,
  type SessionEvent,
  type SessionPort,
  TrtcSmartError,
} from '@trtc-smart/core';
import { invalidParameter, shareEvents } from '@trtc-smart/core/adapter-kit';
import { Observable } from 'rxjs';
import { sdkCall } from '../errors.js';
import type { WebContext } from '../web-context.js';

/** Chat login; TRTC has no login of its own, so the credentials are kept for enterRoom. */
export function createSessionPort(context: WebContext): SessionPort {
  const { chat, Chat } = context;
  const events$ = new Observable<SessionEvent>((subscriber) => {
    const onKicked = (event: { data?: { type?: string } }) => {
      context.credentials = undefined;
      subscriber.next(
        event.data?.type === Chat.TYPES.KICKED_OUT_USERSIG_EXPIRED
          ? { type: 'userSigExpired' }
          : { type: 'kickedOffline' },
      );
    };
    const onNetState = (event: { data?: { state?: string } }) => {
      const state = connectionState(context, event.data?.state);
      if (state) subscriber.next({ type: 'connectionChanged', state });
    };
    chat.on(Chat.EVENT.KICKED_OUT, onKicked);
    chat.on(Chat.EVENT.NET_STATE_CHANGE, onNetState);
    return () => {
      chat.off(Chat.EVENT.KICKED_OUT, onKicked);
      chat.off(Chat.EVENT.NET_STATE_CHANGE, onNetState);
    };
  }).pipe(shareEvents());

  return {
    events$,
    async login({ sdkAppId, userId, userSig }) {
      if (sdkAppId !== context.sdkAppId) {
        throw invalidParameter('sdkAppId', `must be the adapter's sdkAppId ${context.sdkAppId}`);
      }
      await loginAndReady(context, () => chat.login({ userID: userId, userSig }));
      context.credentials = { userId, userSig };
    },
    async logout() {
      // Already out (kicked, or the userSig expired): nothing to undo.
      if (!context.credentials) return;
      await sdkCall('chat', () => chat.logout());
      context.credentials = undefined;
    },
  };
}

/** Signaling needs SDK_READY, which the chat SDK fires after login resolves. */
const READY_TIMEOUT_MS = 10_000;

async function loginAndReady(context: WebContext, login: () => Promise<unknown>): Promise<void> {
  const { chat, Chat, clock } = context;
  let onReady: () => void = () => undefined;
  let timer: unknown;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    timer = clock.setTimeout(
      () =>
        reject(
          new TrtcSmartError(ErrorCode.NETWORK_TIMEOUT, `chat: not ready ${READY_TIMEOUT_MS} ms after login`),
        ),
      READY_TIMEOUT_MS,
    );
  });
  ready.catch(() => undefined);
  chat.on(Chat.EVENT.SDK_READY, onReady);
  try {
    await sdkCall('chat', login);
    if (!chat.isReady()) await ready;
  } finally {
    chat.off(Chat.EVENT.SDK_READY, onReady);
    clock.clearTimeout(timer);
  }
}

function connectionState(context: WebContext, state: string | undefined): ConnectionState | undefined {
  const { TYPES } = context.Chat;
  if (state === TYPES.NET_STATE_CONNECTED) return 'connected';
  if (state === TYPES.NET_STATE_CONNECTING) return 'connecting';
  if (state === TYPES.NET_STATE_DISCONNECTED) return 'disconnected';
  return undefined;
}
