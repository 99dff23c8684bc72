import type { JsonValue } from './cloud/trace.js';
import type { LinkConfig } from './network/link-config.js';

/**
 * One thing done to a simulation at a virtual time: replaying the list from the seed rebuilds the
 * run. The playground saves and loads runs in this form, and the fault harness writes its failing
 * worlds in it, so the two cannot drift apart.
 */
export type SimCommand =
  | { readonly t: number; readonly op: 'addUser'; readonly user: string; readonly kind: string }
  | { readonly t: number; readonly op: 'removeUser'; readonly user: string }
  | {
      readonly t: number;
      readonly op: 'invoke';
      readonly user: string;
      readonly method: string;
      readonly params: JsonValue;
    }
  | {
      readonly t: number;
      readonly op: 'configure';
      readonly settings: Partial<LinkConfig>;
      readonly target: string | null;
    }
  | { readonly t: number; readonly op: 'partition' | 'heal'; readonly target: string }
  | { readonly t: number; readonly op: 'setOnline'; readonly target: string; readonly online: boolean };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A {@link SimCommand} before it is given its virtual time. */
export type SimCommandInput = DistributiveOmit<SimCommand, 't'>;
