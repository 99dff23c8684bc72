import { ErrorCode, isAnswerLost, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import type { LiveRoomRecord } from '../domain/room-info.js';
import type { EffectTarget } from '../machine/effects.js';
import { fromPromise } from '../machine/lean-xstate.js';
import type { LivePeerMessage } from '../ports/live-signaling.port.js';
import type { LoginParams } from '../ports/session.port.js';
import { creationSpacing, trackCreation } from './creation-spacing.js';
import { leaveLanded, leaveUnderWay, trackLeave } from './leave-in-flight.js';
import type { JoinedRoom, LiveRoomDeps, PkPeer } from './live-room-context.js';
import { enteredSince, enterMediaRoom, mediaEntries } from './media-entries.js';
import { endSession } from './owed-logout.js';
import { sendPeerInTurn } from './peer-messages.js';
import type { RoomCreated } from './room-resumed.js';

export const loginLogic = fromPromise<void, { deps: LiveRoomDeps; params: LoginParams }>(({ input }) =>
  input.deps.adapter.session.login(input.params),
);

/**
 * Logging out waits for the room's last signals (exit, destroy) so they are not cut off; a lost
 * dismissal is made before the session ends (owed-logout.ts).
 */
export const logoutLogic = fromPromise<void, { deps: LiveRoomDeps; machine: EffectTarget }>(
  async ({ input }) => {
    await input.deps.effects.settle();
    await endSession(input.deps, input.machine);
  },
);

/** What `undoable` uses of XState's abort signal (core builds without the DOM's `AbortSignal`). */
interface StopSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options: { once: true }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * Room entry that logout (or destroy) may stop half-way: the effects runner tracks it, so logout
 * waits for it to undo what it had done. Stopping it exits the TRTC room at once (which aborts an
 * entry under way); the IM part, which cannot be aborted, is undone once it answers.
 */
function undoable<T>(
  deps: LiveRoomDeps,
  self: EffectTarget,
  signal: StopSignal,
  work: (stopped: () => boolean, exitMedia: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const exitMedia = () => deps.adapter.liveMedia.exitRoom().catch(() => undefined);
  const onAbort = () => void exitMedia();
  signal.addEventListener('abort', onAbort, { once: true });
  const done = work(() => signal.aborted, exitMedia).finally(() =>
    signal.removeEventListener('abort', onAbort),
  );
  deps.effects.run(self, () => done.catch(() => undefined));
  return done;
}

/**
 * An entry whose TRTC part failed undoes its IM part. When IM does not answer that undo, the
 * group may still hold the room (or this user): the entry fails as a lost answer, so the machine
 * gives the room up and tells IM again (abandonEntry). Interop live world 1084 at
 * FUZZ_SEED=20261204: a TRTC entry failed, its room's dismissal was lost, the room stayed listed.
 */
async function undoFailedEntry(error: unknown, undo: () => Promise<unknown>): Promise<never> {
  try {
    await undo();
  } catch (undoError) {
    if (isAnswerLost(undoError) && !isAnswerLost(error)) {
      const { message, code } = toTrtcSmartError(error);
      throw new TrtcSmartError(ErrorCode.NETWORK_TIMEOUT, `${message}; undoing the entry went unanswered`, {
        code,
        message,
      });
    }
  }
  throw error;
}

const cancelled = (method: string) =>
  new TrtcSmartError(ErrorCode.CANCELLED, `${method}: cancelled by logout`);

/**
 * The IM room first, then the TRTC room as anchor; a media failure (or logout) takes the IM room
 * down again. The room comes back with whether IM still had its group (room-resumed.ts).
 */
export const createRoomLogic = fromPromise<RoomCreated, { deps: LiveRoomDeps; record: LiveRoomRecord }>(
  ({ input, signal, self }) => {
    const { deps, record } = input;
    const { roomId, roomName, coverUrl, ownerId, state } = record;
    const { liveSignaling } = deps.adapter;
    return undoable(deps, self, signal, async (stopped, exitMedia) => {
      if (leaveUnderWay(deps, roomId)) {
        await leaveLanded(deps, roomId);
        if (stopped()) throw cancelled('createRoom');
      }
      const spacing = creationSpacing(deps, roomId);
      if (spacing) {
        await spacing;
        if (stopped()) throw cancelled('createRoom');
      }
      const { resumed } = await trackCreation(
        deps,
        roomId,
        liveSignaling.createRoom({ roomId, roomName, coverUrl, state }),
      );
      const undo = () => liveSignaling.destroyRoom({ roomId });
      const dismiss = () => undo().catch(() => undefined);
      if (stopped()) {
        await dismiss();
        throw cancelled('createRoom');
      }
      try {
        await enterMediaRoom(deps, { roomId, userId: ownerId, role: 'anchor' });
      } catch (error) {
        return undoFailedEntry(error, undo);
      }
      if (stopped()) {
        await exitMedia();
        await dismiss();
        throw cancelled('createRoom');
      }
      return { record, resumed };
    });
  },
);

/** Joins the IM room (which says who owns it and who publishes), then the TRTC room as audience. */
export const enterRoomLogic = fromPromise<
  LiveRoomRecord,
  { deps: LiveRoomDeps; userId: string; roomId: number }
>(({ input, signal, self }) => {
  const { deps, userId, roomId } = input;
  const { liveSignaling } = deps.adapter;
  return undoable(deps, self, signal, async (stopped, exitMedia) => {
    if (leaveUnderWay(deps, roomId)) {
      await leaveLanded(deps, roomId);
      if (stopped()) throw cancelled('enterRoom');
    }
    const record = await liveSignaling.enterRoom({ roomId });
    const undo = () => liveSignaling.exitRoom({ roomId });
    const exitIm = () => undo().catch(() => undefined);
    if (stopped()) {
      await exitIm();
      throw cancelled('enterRoom');
    }
    try {
      await enterMediaRoom(deps, { roomId, userId, role: 'audience' });
    } catch (error) {
      return undoFailedEntry(error, undo);
    }
    if (stopped()) {
      await exitMedia();
      await exitIm();
      throw cancelled('enterRoom');
    }
    return record;
  });
});

/** The IM part of leaving: the owner dismisses the room, a member quits it. Already gone counts as done. */
async function leaveImRoom(deps: LiveRoomDeps, room: JoinedRoom): Promise<void> {
  const { liveSignaling } = deps.adapter;
  const { roomId } = room;
  try {
    await trackLeave(
      deps,
      roomId,
      room.isOwner ? liveSignaling.destroyRoom({ roomId }) : liveSignaling.exitRoom({ roomId }),
    );
  } catch (error) {
    if (!(error instanceof TrtcSmartError && error.code === ErrorCode.NOT_FOUND)) throw error;
  }
}

/**
 * The rest, once out of the IM room: end PK (the other anchor is told), then exit TRTC. Each part
 * runs, but not in a TRTC room entered since the leave began (`since`: mediaEntries then).
 */
async function leaveMedia(deps: LiveRoomDeps, pkPartner: PkPeer | null, since: number): Promise<unknown[]> {
  const failures: unknown[] = [];
  if (pkPartner) await quitPk(deps, pkPartner.userId, since).catch((error: unknown) => failures.push(error));
  if (!enteredSince(deps, since))
    await deps.adapter.liveMedia.exitRoom().catch((error: unknown) => failures.push(error));
  return failures;
}

/**
 * Leaving without the app waiting (logout, destroy, a dead room): every part runs; the first failure
 * is reported, and `imLeft` is called once IM answered the IM part.
 */
export async function leaveRoom(
  deps: LiveRoomDeps,
  room: JoinedRoom,
  pkPartner: PkPeer | null,
  imLeft: () => void = () => undefined,
): Promise<void> {
  const since = mediaEntries(deps);
  const failures: unknown[] = [];
  // A leave of this room already on its way (the app's destroyRoom / exitRoom) does the IM part.
  const underWay = leaveUnderWay(deps, room.roomId);
  if (underWay) {
    if (await underWay) imLeft();
  } else
    await leaveImRoom(deps, room).then(imLeft, (error: unknown) => {
      if (!isAnswerLost(error)) imLeft();
      failures.push(error);
    });
  failures.push(...(await leaveMedia(deps, pkPartner, since)));
  if (failures.length > 0) throw failures[0];
}

/**
 * destroyRoom / exitRoom: the IM part decides. If it fails nothing has changed and the user is still
 * in the room, free to retry; once it is done the room is left for everyone, and the TRTC exit (which
 * leaves locally at once; the cloud drops missing heartbeats) cannot fail it.
 */
export const leaveRoomLogic = fromPromise<
  void,
  { deps: LiveRoomDeps; room: JoinedRoom; pkPartner: PkPeer | null }
>(async ({ input }) => {
  // Put out of TRTC meanwhile, the machine leaves the room at once and may enter another.
  const since = mediaEntries(input.deps);
  await leaveImRoom(input.deps, input.room);
  await leaveMedia(input.deps, input.pkPartner, since);
});

/** Tells the PK partner, then ends the cross-room link, unless a TRTC room was entered since `since`. */
export async function quitPk(deps: LiveRoomDeps, partner: string, since = mediaEntries(deps)): Promise<void> {
  await sendPeerInTurn(deps, partner, { type: 'quitRoomPK' });
  if (!enteredSince(deps, since)) await deps.adapter.liveMedia.disconnectOtherRoom();
}

export const sendPeerLogic = fromPromise<
  void,
  { deps: LiveRoomDeps; userId: string; message: LivePeerMessage }
>(({ input }) => sendPeerInTurn(input.deps, input.userId, input.message));
