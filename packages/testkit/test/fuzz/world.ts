import type { JsonValue, SimCommand } from '../../src/index.js';

/** The users of a world, in order: a world of n users has the first n. */
export const NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'] as const;

/** Calls or live rooms, all on one adapter; `interop*`: the same with an official app's user among them. */
export type WorldKind = 'calling' | 'live' | 'interopCalling' | 'interopLive';

/**
 * An official app's user in an interop world: which kit (`ios` / `android` / `js` for calls, `iOS` /
 * `Android` for live rooms) and which of the world's names it takes (wrapping around them).
 */
export interface WorldPeer {
  readonly kit: string;
  readonly user: number;
}

/** The op that does what the user would plausibly do next in its state (likely.ts). */
export const NEXT = 'next';
/** Two such calls in the same tick. */
export const NEXT2 = 'next2';

/**
 * One random step: after `dt` virtual ms, `actor` does `op` (an SDK method or a fault, by name).
 * `target`, `flag` and `amount` are the step's raw choices; the method or fault they feed reads
 * them as it needs (whom to call, agree or not, how much loss). Indexes wrap around the users,
 * so a world shrinks its user count without invalidating its steps.
 */
export interface Step {
  readonly dt: number;
  readonly op: string;
  readonly actor: number;
  readonly target: number;
  readonly flag: boolean;
  /** In [0, 1). */
  readonly amount: number;
}

export interface World {
  readonly kind: WorldKind;
  /** The fake cloud's seed (jitter, loss, volumes). */
  readonly seed: number;
  readonly latencyMs: number;
  readonly jitterMs: number;
  readonly users: number;
  /**
   * IM multi-terminal login (the cloud's `multiTerminal`): a login elsewhere kicks nobody, and the
   * first user is also logged in on a second device with its own SDK, which hears that user's
   * signaling too (calls) or uses the same rooms (live: creating its own, entering others').
   */
  readonly multiTerminal: boolean;
  readonly steps: readonly Step[];
  /** Interop worlds: one more user, on an official app; `users` counts ours. */
  readonly peer?: WorldPeer;
}

/**
 * What the run did, as the playground saves runs: a failing world is saved as a run the playground
 * replays from the seed.
 */
export type Command =
  | SimCommand
  /** A fault the playground has no control for: the saved run is then only shown, not replayed. */
  | { readonly t: number; readonly op: 'fault'; readonly fault: string; readonly payload: JsonValue }
  /** A second device of a user (multi-terminal worlds); the playground cannot replay it either. */
  | { readonly t: number; readonly op: 'addDevice'; readonly user: string; readonly device: string }
  /** What an official app's user did (interop worlds); not replayable in the playground either. */
  | {
      readonly t: number;
      readonly op: 'peer';
      readonly user: string;
      readonly method: string;
      readonly params: JsonValue;
    };

export type CommandInput = Command extends infer C ? (C extends unknown ? Omit<C, 't'> : never) : never;

export const userOf = (world: World, index: number): string => NAMES[index % world.users] as string;

/** Each anchor's room id is derived from their user id, as the playground does (live-party.ts). */
export const roomIdOf = (anchor: string): number =>
  10_000 + ([...anchor].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) % 80_000, 0) % 80_000);

/** The playground logs its users in with this sig (any non-empty sig works without a secretKey). */
export const USER_SIG = 'playground';

/**
 * The SDK options of a user: every other user (alice, carol, erin) renews an expired userSig with
 * a userSigProvider, the others do not, so a sigExpiry fault meets both.
 */
export const sdkOptions = (user: string) =>
  NAMES.indexOf(user as (typeof NAMES)[number]) % 2 === 0 ? { userSigProvider: async () => USER_SIG } : {};
