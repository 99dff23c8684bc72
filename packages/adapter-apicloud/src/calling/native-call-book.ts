import {
  type CallType,
  ErrorCode,
  MAX_CALL_ROOM_ID,
  type RandomPort,
  TrtcSmartError,
} from '@trtc-smart/core';

/** The one call the native module holds, under the roomId core's machine knows it by. */
export interface NativeCall {
  readonly roomId: number;
  /** True for a call the native module announced with onInvited. */
  readonly incoming: boolean;
  readonly sponsor: string;
  /** Audio once either side switched, so the native echo of our own switch is not news. */
  callType: CallType;
  readonly groupId: string | undefined;
  /** Everyone invited so far, to tell new names in onGroupCallInviteeListUpdate from known ones. */
  readonly invitees: Set<string>;
  /** The native call / groupCall / accept that puts this user in the room, once started. */
  join: Promise<void> | undefined;
  /** The native module answered that join with success. */
  joined: boolean;
}

/**
 * roomId <-> "the native module's current call". The native module takes no roomId and reports
 * none, and holds at most one call: an outgoing call keeps the roomId core drew, an incoming one
 * gets a fresh one from the adapter's random port. Port calls for any other roomId are stale.
 */
export class NativeCallBook {
  #current: NativeCall | undefined;
  /** The last call forgotten before its join succeeded (its join failed, or is being ended). */
  #unjoined: NativeCall | undefined;
  readonly #random: RandomPort;

  constructor(random: RandomPort) {
    this.#random = random;
  }

  get current(): NativeCall | undefined {
    return this.#current;
  }

  /** The current call if it is this room's. */
  find(roomId: number): NativeCall | undefined {
    return this.#current?.roomId === roomId ? this.#current : undefined;
  }

  require(roomId: number, method: string): NativeCall {
    const call = this.find(roomId);
    if (!call) {
      throw new TrtcSmartError(
        ErrorCode.INVALID_STATE,
        `${method}: room ${roomId} is not the native module's current call`,
      );
    }
    return call;
  }

  outgoing(params: {
    roomId: number;
    sponsor: string;
    callType: CallType;
    groupId: string | undefined;
    invitees: readonly string[];
  }): NativeCall {
    this.#current = {
      ...params,
      incoming: false,
      invitees: new Set(params.invitees),
      join: undefined,
      joined: false,
    };
    return this.#current;
  }

  incoming(params: { sponsor: string; callType: CallType; invitees: readonly string[] }): NativeCall {
    let roomId = this.#drawRoomId();
    while (roomId === this.#current?.roomId) roomId = this.#drawRoomId();
    this.#current = {
      ...params,
      roomId,
      groupId: undefined,
      incoming: true,
      invitees: new Set(params.invitees),
      join: undefined,
      joined: false,
    };
    return this.#current;
  }

  /**
   * The join under way or done for this room. Also a failed one just forgotten: core enters the
   * room after it invites or accepts (the entry waits for the last call's exit), and may look
   * only once the native call has failed: it gets that failure, not a stale-room refusal.
   */
  joinOf(roomId: number): Promise<void> | undefined {
    const call = this.find(roomId) ?? (this.#unjoined?.roomId === roomId ? this.#unjoined : undefined);
    return call?.join;
  }

  /** Forgets the call (it ended, or the adapter is ending it); a later call replaces nothing. */
  forget(call: NativeCall): void {
    if (this.#current !== call) return;
    this.#current = undefined;
    this.#unjoined = call.joined ? undefined : call;
  }

  #drawRoomId(): number {
    return 1 + Math.floor(this.#random.next() * MAX_CALL_ROOM_ID);
  }
}
