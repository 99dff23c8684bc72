import { ErrorCode, isAnswerLost, TrtcSmartError } from '../domain/errors.js';
import type { EffectTarget } from '../machine/effects.js';
import { leaveGivenUp } from './leave-in-flight.js';
import type { LogoutRetry } from './live-machine-events.js';
import { tellSelf } from './live-room-action-kit.js';
import type { LiveRoomContext, LiveRoomDeps } from './live-room-context.js';

/**
 * A logout whose answer was lost: the user is logged out for the app, but IM may still hold its
 * session (the IM SDK, still logged in, logs in again when its link is back) and with it the
 * session's AVChatRoom membership. It is tried again LOGOUT_RETRY_MS after each lost try, and at
 * once when the link is back, until IM answers or the user logs in again: one IM request per try,
 * after the dismissal of each room the user owns and gave up on (see endSession).
 */
interface Enqueue {
  assign(update: Partial<LiveRoomContext>): void;
  raise(event: LogoutRetry, options: { id: string; delay: number }): void;
  cancel(id: string): void;
}

export const LOGOUT_RETRY_TIMER = 'logout-retry';
export const LOGOUT_RETRY_MS = 5_000;

/**
 * Ends the IM session, dismissing first each room this user owns and gave up on (its dismissal was
 * lost: an IM group outlives its owner's session, and nothing else would ever dismiss it). While
 * one's answer is lost the session stays, so the logout is owed and tried again (interop live
 * world 8 at FUZZ_SEED=20261204: an owner logged out while offline).
 */
export async function endSession(deps: LiveRoomDeps, self: EffectTarget): Promise<void> {
  const owned = contextOf(self)?.abandoned.filter((left) => left.isOwner) ?? [];
  const answered = await Promise.all(
    owned.map(async (left) => {
      const done = await leaveGivenUp(deps, left);
      if (done) tellSelf(self, { type: 'ABANDONED_LEFT', roomId: left.roomId });
      return done;
    }),
  );
  if (answered.includes(false))
    throw new TrtcSmartError(ErrorCode.NETWORK_TIMEOUT, 'logout: the dismissal of an owned room was lost');
  await deps.adapter.session.logout();
}

/** The logout's answer was lost: it is owed to IM; the first try is now. */
export function oweLogout(enqueue: Enqueue): void {
  enqueue.assign({ logoutOwed: true });
  enqueue.raise({ type: 'LOGOUT_RETRY' }, { id: LOGOUT_RETRY_TIMER, delay: 0 });
}

/** One try; skipped if a login came first (effects run in turn: its new session stays). */
export function retryLogout(enqueue: Enqueue, context: LiveRoomContext, self: EffectTarget): void {
  if (!context.logoutOwed) return;
  enqueue.cancel(LOGOUT_RETRY_TIMER);
  context.deps.effects.run(self, async () => {
    if (contextOf(self)?.logoutOwed !== true) return;
    let lost = false;
    try {
      await endSession(context.deps, self);
    } catch (error) {
      lost = isAnswerLost(error);
    }
    tellSelf(self, { type: 'LOGOUT_ANSWERED', lost });
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

const contextOf = (self: EffectTarget) => (self.getSnapshot() as { context?: LiveRoomContext }).context;
