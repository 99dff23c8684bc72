import { Observable } from 'rxjs';
import { ErrorCode, invalidParameter, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import type { ClockPort } from '../ports/clock.port.js';
import type { LoginParams, SessionEvent, SessionPort } from '../ports/session.port.js';
import { withDeadline } from './deadlines.js';
import { aroundPorts } from './port-requests.js';
import { refusedAsExpired } from './unheard-expiry.js';

/** Fetches a fresh userSig for the logged-in user (the app asks its own server). */
export type UserSigProvider = () => Promise<string>;

export const userSigProviderOption = (value: unknown): UserSigProvider | undefined => {
  if (value === undefined || typeof value === 'function') return value as UserSigProvider | undefined;
  throw invalidParameter('userSigProvider', 'must be a function');
};

/**
 * The adapter with userSig renewal (the userSigProvider option): when IM reports an expired userSig,
 * a fresh one is fetched and IM logged in again, within `deadlineMs` each. TRTC checks a userSig
 * only when entering a room, so the call or room goes on: the machine sees only its signaling link
 * reconnecting, then back (a live room then re-enters its IM group). If renewing fails, `failed`
 * hears why and the machine gets the expiry, as without a provider. A request of the named ports
 * refused as expired while renewing is made again once renewed, so the step it was part of goes on.
 */
export function withSigRenewal<A extends { readonly session: SessionPort; readonly clock: ClockPort }>(
  adapter: A,
  ports: readonly (keyof A & string)[],
  provider: UserSigProvider | undefined,
  deadlineMs: number,
  failed: (error: TrtcSmartError) => void,
): A {
  if (!provider) return adapter;
  const { session, clock } = adapter;
  /** The login to renew; null when logged out, or when the session ended otherwise (kicked). */
  let current: LoginParams | null = null;
  let renewal: Promise<void> | null = null;

  const renew = async (params: LoginParams): Promise<void> => {
    const userSig = await withDeadline(
      clock,
      deadlineMs,
      'userSigProvider',
      Promise.resolve().then(provider),
    );
    if (typeof userSig !== 'string' || userSig === '')
      throw invalidParameter('userSigProvider()', 'must be a non-empty string');
    if (current !== params) return; // logged out meanwhile: nothing to renew
    await session.login({ ...params, userSig });
    if (current === params) current = { ...params, userSig };
  };

  const events$ = new Observable<SessionEvent>((out) =>
    session.events$.subscribe({
      next: (event) => {
        if (event.type === 'connectionChanged') {
          // IM's own link news while renewing (logged out, logged in): the outcome says it.
          if (!renewal) out.next(event);
          return;
        }
        const params = current;
        if (event.type !== 'userSigExpired' || !params || renewal) {
          current = null;
          out.next(event);
          return;
        }
        out.next({ type: 'connectionChanged', state: 'connecting' });
        renewal = renew(params).then(
          () => {
            renewal = null;
            if (current) out.next({ type: 'connectionChanged', state: 'connected' });
          },
          (error: unknown) => {
            renewal = null;
            if (current !== params) return;
            current = null;
            failed(renewalError(error));
            out.next(event);
          },
        );
      },
      error: (error: unknown) => out.error(error),
      complete: () => out.complete(),
    }),
  );

  const renewing: SessionPort = {
    events$,
    login: async (params) => {
      await session.login(params);
      current = params;
    },
    logout: async () => {
      current = null;
      await renewal; // a login under way finishes first, so the logout is the last word
      await session.logout();
    },
  };
  return aroundPorts(
    adapter,
    ports.filter((name) => name !== 'session'),
    (work, again) =>
      work.catch(async (error: unknown) => {
        const pending = renewal;
        if (!pending || !refusedAsExpired(error)) throw error;
        await pending;
        if (!current) throw error; // not renewed: the refusal stands
        return again();
      }),
    { session: renewing } as Partial<A>,
  );
}

/** The provider's (or the login's) own words, kept in the message and the cause. */
function renewalError(error: unknown): TrtcSmartError {
  const e = toTrtcSmartError(error);
  return new TrtcSmartError(
    ErrorCode.USER_SIG_EXPIRED,
    `userSig renewal failed: ${e.message}`,
    e.cause ?? { code: e.code, message: e.message },
  );
}
