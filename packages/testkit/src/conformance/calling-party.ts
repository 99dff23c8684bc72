import {
  type Calling,
  type CallingEvent,
  type CallingEventOf,
  type CallingEventType,
  type CallingOptions,
  createCalling,
} from '@trtc-smart/core';
import type { CallingWorld, SimCloud } from './harness.js';

/** One simulated user: a createCalling instance on the world's adapter, with everything it emitted. */
export interface CallingParty<View = unknown> {
  readonly userId: string;
  readonly calling: Calling<View>;
  readonly events: CallingEvent[];
  /** Logs the party in with its world's UserSig. */
  login(): Promise<void>;
  /** The events of one type this party heard, in order. */
  of<T extends CallingEventType>(type: T): CallingEventOf<T>[];
  /** The event types in order, volumes and network quality left out. */
  timeline(): string[];
}

/** A calling user of a world that records its events. */
export function callingParty<View>(
  world: CallingWorld<View>,
  userId: string,
  options: Omit<CallingOptions<View>, 'adapter'> = {},
): CallingParty<View> {
  const calling = createCalling({ adapter: world.adapter(userId), ...options });
  const events: CallingEvent[] = [];
  calling.events$.subscribe((event) => events.push(event));
  return {
    userId,
    calling,
    events,
    login: async () =>
      calling.login({ sdkAppId: world.sdkAppId, userId, userSig: await world.userSig(userId) }),
    of: <T extends CallingEventType>(type: T) =>
      events.filter((e): e is CallingEventOf<T> => e.eventType === type),
    timeline: () =>
      events
        .map((e) => e.eventType)
        .filter((type) => type !== 'onUserVoiceVolume' && type !== 'onUserNetworkQuality'),
  };
}

/** Logs in a party per user id and lets the logins land. */
export async function loggedInParties<View>(
  world: CallingWorld<View>,
  userIds: readonly string[],
  options?: Omit<CallingOptions<View>, 'adapter'>,
): Promise<CallingParty<View>[]> {
  const parties = userIds.map((userId) => callingParty(world, userId, options));
  const logins = Promise.all(parties.map((p) => p.login()));
  await world.cloud.settle();
  await logins;
  return parties;
}

/**
 * Runs a command while virtual time moves: first until the network is quiet, then (for commands
 * that wait on a timer, e.g. a lost request's timeout) in steps up to a bound, so nothing hangs.
 */
export async function step<T>(
  world: { readonly cloud: SimCloud },
  run: () => Promise<T>,
  maxMs = 60_000,
): Promise<T> {
  let finished = false;
  const result = run().finally(() => {
    finished = true;
  });
  result.catch(() => undefined);
  await world.cloud.settle();
  for (let waited = 0; !finished && waited < maxMs; waited += 500) await world.cloud.advance(500);
  if (!finished) throw new Error(`step: the command did not finish within ${maxMs} ms of virtual time`);
  return result;
}
