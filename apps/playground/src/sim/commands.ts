import type { JsonValue } from '@trtc-smart/testkit';

/** A link setting a fault control can change, as the fake cloud takes it. */
export interface LinkSettings {
  readonly latencyMs?: number;
  readonly jitterMs?: number;
  readonly loss?: number;
}

/** One thing done to the simulation at a virtual time: replaying the list rebuilds the run. */
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
      readonly settings: LinkSettings;
      readonly target: string | null;
    }
  | { readonly t: number; readonly op: 'partition' | 'heal'; readonly target: string }
  | { readonly t: number; readonly op: 'setOnline'; readonly target: string; readonly online: boolean };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type SimCommandInput = DistributiveOmit<SimCommand, 't'>;
