import { Observable } from 'rxjs';
import { ErrorCode, isTrtcSmartError } from '../domain/errors.js';
import { EventHub } from '../ports/event-hub.js';
import { mergeEvents } from '../ports/event-streams.js';
import type { SessionEvent, SessionPort } from '../ports/session.port.js';
import { aroundPorts } from './port-requests.js';

/** A request IM refused because the session's userSig expired (chat's 70001). */
export const refusedAsExpired = (error: unknown): boolean =>
  isTrtcSmartError(error) && error.code === ErrorCode.USER_SIG_EXPIRED;

/**
 * The adapter where a request of IM's ports refused as expired, while logged in, is the
 * `userSigExpired` notice IM's session missed (the notice is one push: lost, the SDK went on as
 * logged in while IM had ended its session, and every step failed for good, issue 13). The
 * session's events get it once per login, so renewal, or the machine's expiry handling, runs as if
 * the notice had come; the notice itself, if it comes after all, is not told twice. The request
 * still fails as refused.
 */
export function withUnheardExpiry<A extends { readonly session: SessionPort }>(
  adapter: A,
  imPorts: readonly (keyof A & string)[],
): A {
  const { session } = adapter;
  let loggedIn = false;
  /** The expiry was told from a refusal, since the last login. */
  let told = false;
  const missed = new EventHub<SessionEvent>();

  const heard = (event: SessionEvent) => {
    if (event.type === 'connectionChanged') return true;
    const again = event.type === 'userSigExpired' && told;
    loggedIn = false;
    return !again;
  };
  const watching: SessionPort = {
    // rxjs's filter and merge written out (with core's own merge): theirs carry rxjs's conversions.
    events$: mergeEvents(
      new Observable<SessionEvent>((subscriber) =>
        session.events$.subscribe({
          next: (event) => {
            if (heard(event)) subscriber.next(event);
          },
          error: (error: unknown) => subscriber.error(error),
          complete: () => subscriber.complete(),
        }),
      ),
      missed.asObservable(),
    ),
    login: (params) =>
      session.login(params).then(() => {
        loggedIn = true;
        told = false;
      }),
    logout: () => {
      loggedIn = false;
      return session.logout();
    },
  };
  return aroundPorts(
    adapter,
    imPorts,
    (work) =>
      work.catch((error: unknown) => {
        if (loggedIn && refusedAsExpired(error)) {
          loggedIn = false;
          told = true;
          missed.next({ type: 'userSigExpired' });
        }
        throw error;
      }),
    { session: watching } as Partial<A>,
  );
}
