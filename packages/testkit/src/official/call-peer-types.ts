import { type CallMediaPort, CallType } from '@trtc-smart/core';
import type { KitCall, KitReading, WireCallType } from './call-kit.js';
import { androidCallKit } from './call-kit-android.js';
import { iosCallKit } from './call-kit-ios.js';
import { jsCallEngine } from './call-kit-js.js';

/** The official call kits, by name. */
export const officialCallKits = { ios: iosCallKit, android: androidCallKit, js: jsCallEngine } as const;
/** An official call kit the testkit scripts: `ios`, `android` or `js`. */
export type OfficialCallKitName = keyof typeof officialCallKits;

/** One signal the peer sent or received, with its raw `data` and how the kit read it. */
export interface OfficialPeerLogEntry {
  readonly atMs: number;
  readonly direction: 'sent' | 'received';
  /** invite | accept | reject | cancel, or the IM event's name. */
  readonly event: string;
  readonly inviteID: string;
  /** The other user (sender of what was received, addressee of what was sent). */
  readonly peer: string;
  readonly data: string;
  readonly reading?: KitReading;
}

/** Why the peer's call ended, in the kit's terms. */
export type OfficialPeerEnd =
  | 'localHangup'
  | 'localCancel'
  | 'localReject'
  | 'rejected'
  | 'busy'
  | 'cancelled'
  | 'timeout'
  | 'hangup'
  | 'remoteLeft'
  | 'otherDeviceAccepted'
  | 'otherDeviceRejected'
  | 'loggedOut'
  | 'roomLost'
  | 'error';

export interface PeerCall extends KitCall {
  /** '' while the caller's invitation is on its way. */
  inviteID: string;
  readonly role: 'caller' | 'callee';
  readonly peer: string;
  readonly startedAtMs: number;
  callType: WireCallType;
  connected: boolean;
  switchInviteID?: string;
}

/** The kits' invitation timeout (TIME_OUT_COUNT / SIGNALING_EXTRA_KEY_TIME_OUT / `timeout: 30`). */
export const KIT_TIMEOUT_SEC = 30;
/** Android's ROOM_ID_MAX / the JS engine's 2147483646: a Java int. */
export const KIT_MAX_ROOM = 2_147_483_646;

export const coreType = (wire: WireCallType): CallType => (wire === 1 ? CallType.AUDIO : CallType.VIDEO);

/** The peer's TRTC room: the native SDK runs enterRoom and exitRoom in call order (a quick exit never overtakes an enter). */
export class PeerRoom {
  #last: Promise<unknown> = Promise.resolve();
  readonly #media: CallMediaPort<unknown>;
  readonly #userId: string;

  constructor(media: CallMediaPort<unknown>, userId: string) {
    this.#media = media;
    this.#userId = userId;
  }

  enter(roomId: number, callType: WireCallType): Promise<void> {
    return this.#inOrder(() =>
      this.#media.enterRoom({ roomId, userId: this.#userId, callType: coreType(callType) }),
    );
  }

  exit(): Promise<void> {
    return this.#inOrder(() => this.#media.exitRoom());
  }

  #inOrder(work: () => Promise<void>): Promise<void> {
    const done = this.#last.then(work, work);
    this.#last = done.catch(() => undefined);
    return done;
  }
}
