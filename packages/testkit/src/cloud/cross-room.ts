/** One side of a PK connection: a room and the anchor it shows to the other room. */
export interface CrossRoomSide {
  readonly roomId: number;
  readonly userId: string;
}

export interface CrossRoomLink {
  readonly a: CrossRoomSide;
  readonly b: CrossRoomSide;
}

/** TRTC's cross-room connections (connectOtherRoom): at most one per room, found from either side. */
export class CrossRoomLinks {
  readonly #byRoom = new Map<number, CrossRoomLink>();

  add(a: CrossRoomSide, b: CrossRoomSide): void {
    const link = { a, b };
    this.#byRoom.set(a.roomId, link);
    this.#byRoom.set(b.roomId, link);
  }

  of(roomId: number): CrossRoomLink | undefined {
    return this.#byRoom.get(roomId);
  }

  /** The anchor mixed into this room from the other one. */
  partnerOf(roomId: number): CrossRoomSide | undefined {
    const link = this.#byRoom.get(roomId);
    if (!link) return undefined;
    return link.a.roomId === roomId ? link.b : link.a;
  }

  otherRoom(link: CrossRoomLink, roomId: number): number {
    return link.a.roomId === roomId ? link.b.roomId : link.a.roomId;
  }

  remove(roomId: number): CrossRoomLink | undefined {
    const link = this.#byRoom.get(roomId);
    if (!link) return undefined;
    this.#byRoom.delete(link.a.roomId);
    this.#byRoom.delete(link.b.roomId);
    return link;
  }
}
