import { type ClockPort, ErrorCode, TrtcSmartError, type UserInfo } from '@trtc-smart/core';

/** The one live room the native module holds, as far as the adapter must remember it. */
export interface NativeRoom {
  readonly roomId: number;
  /** Created here (native createRoom) rather than entered (native enterRoom). */
  readonly isOwner: boolean;
  /** The owner, whom the link-mic answers and kick-outs come from. */
  readonly owner: UserInfo;
  /** This user publishes (native startPublish); false again after stopPublish or a kick-out. */
  publishing: boolean;
  /** The anchor asked for PK, until the PK listener answers. */
  pkTarget: { readonly userId: string; readonly roomId: number } | undefined;
  /** The anchor in PK with, to name the sender of onQuitRoomPK. */
  pkPartner: string | undefined;
  /** Until core's media enterRoom joins the native module's createRoom / enterRoom flow. */
  entering: boolean;
  /**
   * Resolves a clock tick after that, or when the room is gone. Core drops room events while it
   * is still creating or entering, but the native module may send them before its flow answers.
   */
  readonly entered: Promise<void>;
  /** Releases `entered`. */
  readonly release: () => void;
}

/**
 * roomId <-> "the native module's current live room". The native live room takes a roomId only in
 * createRoom / enterRoom and holds one room at a time: every later port call and event is about
 * that room. Port calls naming another roomId are stale.
 */
export class NativeRoomBook {
  #current: NativeRoom | undefined;

  get current(): NativeRoom | undefined {
    return this.#current;
  }

  find(roomId: number): NativeRoom | undefined {
    return this.#current?.roomId === roomId ? this.#current : undefined;
  }

  require(roomId: number, method: string): NativeRoom {
    const room = this.find(roomId);
    if (!room) {
      throw new TrtcSmartError(
        ErrorCode.INVALID_STATE,
        `${method}: room ${roomId} is not the native module's current live room`,
      );
    }
    return room;
  }

  /** The current room, whatever its id (1:1 messages name none). */
  requireCurrent(method: string): NativeRoom {
    if (!this.#current) {
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: the native module is in no live room`);
    }
    return this.#current;
  }

  open(roomId: number, isOwner: boolean, owner: UserInfo): NativeRoom {
    let release = () => {};
    const entered = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#current = {
      roomId,
      isOwner,
      owner,
      publishing: false,
      pkTarget: undefined,
      pkPartner: undefined,
      entering: true,
      entered,
      release,
    };
    return this.#current;
  }

  /** Core joined the room: the events held meanwhile follow once its machine is in (a tick later). */
  joined(room: NativeRoom, clock: ClockPort): void {
    room.entering = false;
    clock.setTimeout(room.release, 0);
  }

  /** The room is left, destroyed or lost: its later events are stale. */
  forget(room: NativeRoom): void {
    room.entering = false;
    room.release();
    if (this.#current === room) this.#current = undefined;
  }
}
