import type { TrtcSmartError } from '../domain/errors.js';
import { numberOption } from '../domain/options.js';
import { DEFAULT_LOGIN_TIMEOUT_SEC } from '../domain/rules.js';
import type { ClockPort } from '../ports/clock.port.js';
import type { SessionPort } from '../ports/session.port.js';
import { withDeadlines } from './deadlines.js';
import { userSigProviderOption, withSigRenewal } from './sig-renewal.js';
import { withUnheardExpiry } from './unheard-expiry.js';

/**
 * IM's ports: their refusal of an expired userSig means IM's session is over. TRTC refuses one only
 * when entering a room, with IM's session alive, so the user stays logged in then.
 */
const IM_PORTS: readonly string[] = ['callSignaling', 'liveSignaling'];

/** The options both APIs read for the field: every request's deadline and UserSig renewal. */
export interface FieldOptions<A> {
  readonly adapter: A;
  readonly loginTimeoutSec?: number;
  readonly userSigProvider?: unknown;
}

/**
 * The adapter a machine drives: each port request bounded by `loginTimeoutSec`, and an expired
 * UserSig renewed when a provider is given (`failed` hears a renewal that did not work), also
 * when only a request refused as expired tells of it.
 */
export function fieldAdapter<A extends { readonly session: SessionPort; readonly clock: ClockPort }>(
  options: FieldOptions<A>,
  ports: readonly (keyof A & string)[],
  shared: readonly (keyof A & string)[],
  failed: (error: TrtcSmartError) => void,
): A {
  const deadlineMs =
    numberOption(options.loginTimeoutSec, 'loginTimeoutSec', DEFAULT_LOGIN_TIMEOUT_SEC, 'positive') * 1000;
  return withSigRenewal(
    withUnheardExpiry(
      withDeadlines(options.adapter, ports, shared, deadlineMs),
      ports.filter((name) => IM_PORTS.includes(name)),
    ),
    ports,
    userSigProviderOption(options.userSigProvider),
    deadlineMs,
    failed,
  );
}
