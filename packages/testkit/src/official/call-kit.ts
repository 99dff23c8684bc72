/**
 * What an official call kit sends and how it reads what it receives, as its published source does.
 * Each kit's file cites the source (repository, path, commit) behind every payload and reading.
 */

/** Tencent's wire call type: 1 audio, 2 video (TUICallKit's CallType / TYPE_*_CALL). */
export type WireCallType = 1 | 2;

/** What a kit knows of the call it is in when it builds a payload. */
export interface KitCall {
  readonly roomId: number;
  readonly callType: WireCallType;
  /** Everyone invited (iOS / Android `userIDs`). */
  readonly userIds: readonly string[];
  /** The IM group of a group call, '' for 1:1. */
  readonly groupId: string;
}

/** How the kit reads a received payload; `ignored` says why it drops it. */
export type KitReading =
  | { readonly kind: 'call'; readonly roomId: number; readonly callType: number }
  | { readonly kind: 'hangup' }
  | { readonly kind: 'switchToAudio' }
  | { readonly kind: 'switchToVideo' }
  | { readonly kind: 'accepted' }
  | { readonly kind: 'switchAccepted' }
  | { readonly kind: 'switchRejected'; readonly message: string }
  | { readonly kind: 'rejected' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'ignored'; readonly why: string };

/** How one official call kit builds and reads its signaling payloads. */
export interface OfficialCallKit {
  readonly name: 'ios' | 'android' | 'js';
  /** Where its behaviour is read from. */
  readonly source: { readonly repo: string; readonly path: string; readonly commit: string };
  /** The kit's invitation payload. */
  invite(call: KitCall): string;
  /** The kit's accept payload. */
  accept(call: KitCall): string;
  /** The kit's reject payload (decline or busy). */
  reject(call: KitCall): string;
  /** The busy reject of an invitation it received (`incoming` is that invitation's data string). */
  busy(call: KitCall, incoming: string): string;
  /** The kit's cancel payload. */
  cancel(call: KitCall): string;
  /** The kit's hang-up payload. */
  hangup(call: KitCall, durationSec: number): string;
  /** The kit's switch-to-audio payload. */
  switchToAudio(call: KitCall): string;
  /** The accept agreeing to a received switchToAudio (`incoming`: the switch invitation's data). */
  agreeSwitch(call: KitCall, incoming: string): string;
  /** Whether the kit sends a hang-up signal when it leaves a connected call (iOS and Android do not). */
  readonly signalsHangup: boolean;
  /** Whether the kit stops ringing when the same account answered on another device. */
  readonly followsOtherDevice: boolean;
  /** Reads an invitation as the kit's source does. */
  readInvitation(data: string): KitReading;
  /** Reads an accept as the kit's source does. */
  readAccepted(data: string): KitReading;
  /** Reads a reject as the kit's source does. */
  readRejected(data: string): KitReading;
}

export const parse = (data: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(data);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

export const objectOf = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
