import { ErrorCode, isTrtcSmartError } from '../domain/errors.js';
import type { EffectTarget } from '../machine/effects.js';
import type { LogoutAnswered, LogoutRetry } from './live-machine-events.js';
import type { LiveRoomContext } from './live-room-context.js';

/**
 * A logout whose answer was lost: the user is logged out for the app, but IM may still hold its
 * session (the IM SDK, still logged in, logs in again when its link is back) and with it the
 * session's AVChatRoom membership. It is tried again LOGOUT_RETRY_MS after each lost try, and at
 * once when the link is back, until IM answers or the user logs in again: one IM request per try.
 */
interface Enqueue {
  assign(update: Partial<LiveRoomContext>): void;
  raise(event: LogoutRetry, options: { id: string; delay: number }): void;
  cancel(id: string): void;
}

export const LOGOUT_RETRY_TIMER = 'logout-retry';
export const LOGOUT_RETRY_MS = 5_000;

export const isAnswerLost = (error: unknown): boolean =>
  isTrtcSmartError(error) && error.code === ErrorCode.NETWORK_TIMEOUT;

/** The logout's answer was lost: it is owed to IM; the first try is now. */
export function oweLogout(enqueue: Enqueue): void {
  enqueue.assign({ logoutOwed: true });
  enqueue.raise({ type: 'LOGOUT_RETRY' }, { id: LOGOUT_RETRY_TIMER, delay: 0 });
}

/** One try; skipped if a login came first (effects run in turn: its new session stays). */
export function retryLogout(enqueue: Enqueue, context: LiveRoomContext, self: EffectTarget): void {
  if (!context.logoutOwed) return;
  enqueue.cancel(LOGOUT_RETRY_TIMER);
  const { session } = context.deps.adapter;
  const stillOwed = () => (self.getSnapshot() as { context?: LiveRoomContext }).context?.logoutOwed === true;
  context.deps.effects.run(self, async () => {
    if (!stillOwed()) return;
    let lost = false;
    try {
      await session.logout();
    } catch (error) {
      lost = isAnswerLost(error);
    }
    if (self.getSnapshot().status === 'active')
      (self as unknown as { send(e: LogoutAnswered): void }).send({ type: 'LOGOUT_ANSWERED', lost });
  });
}

/** A lost try is tried again later; any answer ends it. */
export function logoutAnswered(enqueue: Enqueue, context: LiveRoomContext, lost: boolean): void {
  if (!context.logoutOwed) return;
  if (!lost) forgetLogout(enqueue);
  else {
    enqueue.cancel(LOGOUT_RETRY_TIMER);
    enqueue.raise({ type: 'LOGOUT_RETRY' }, { id: LOGOUT_RETRY_TIMER, delay: LOGOUT_RETRY_MS });
  }
}

/** IM answered, or the user logs in again (its new session is not to be ended). */
export function forgetLogout(enqueue: Pick<Enqueue, 'assign' | 'cancel'>): void {
  enqueue.assign({ logoutOwed: false });
  enqueue.cancel(LOGOUT_RETRY_TIMER);
}
