import type { ConnectionStates } from '@trtc-smart/core';
import type { JsonValue } from '@trtc-smart/testkit';
import type { AnyActorRef, AnyStateMachine } from 'xstate';
import type { PartyMedia } from './party-media.js';

export interface LogLine {
  /** Virtual ms. */
  readonly t: number;
  readonly kind: 'command' | 'event' | 'error' | 'ok';
  readonly text: string;
}

/** One button of a user card. `needs` says which target the UI must supply as params. */
export interface Control {
  readonly method: string;
  readonly label: string;
  readonly enabled: boolean;
  /** Builds the params from the card's chosen targets (other users), or none. */
  readonly params?: (targets: readonly string[]) => JsonValue;
}

/** A simulated device on the stage: one SDK instance (calling, anchor or audience) and what it shows. */
export interface SimParty {
  readonly id: string;
  /** `calling`, or a live-room role; names the chart and the controls. */
  readonly kind: string;
  readonly machine: AnyStateMachine;
  readonly actor: AnyActorRef;
  readonly log: readonly LogLine[];
  /** The flat status shown on the card (e.g. `inCall`). */
  status(): string;
  /** The SDK's media (TRTC) and signaling (IM) links, when the SDK shows them. */
  connection?(): ConnectionStates;
  controls(): readonly Control[];
  /** Other users this one is with (call participants, room members), for video tiles. */
  peers(): readonly string[];
  /** The remote users whose video this device renders, by the SDK's own account. */
  rendering(): readonly string[];
  /** Whether this device's camera is on. */
  cameraOn(): boolean;
  /** The SDK call that starts (`on`) or stops rendering a peer, or null when not allowed now. */
  viewCommand(peer: string, on: boolean): { readonly method: string; readonly params: JsonValue } | null;
  /** The media controls (music, beauty, background, devices, screen share, statistics), if on. */
  readonly media?: PartyMedia;
  /** Calls an SDK method by its seed name; the promise settles like the SDK's. */
  call(method: string, params: JsonValue): Promise<void>;
  dispose(): Promise<void>;
}
