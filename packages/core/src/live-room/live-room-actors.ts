import { map, merge } from 'rxjs';
import { fromCallback, fromEventObservable, fromPromise } from 'xstate';
import type { LiveRoomRecord, RoomState } from '../domain/room-info.js';
import type { LiveRoomAdapter } from '../ports/live-room-adapter.js';
import type { LivePeerMessage } from '../ports/live-signaling.port.js';
import type { LoginParams } from '../ports/session.port.js';
import type { LiveRoomDeps, PkPeer } from './live-room-context.js';
import type { LivePortEvent, RequestTimedOut } from './live-machine-events.js';

/** Port events as machine events; 1:1 messages are told apart by their type (`peer.joinAnchorRequest` …). */
export const portEventsLogic = fromEventObservable<LivePortEvent, LiveRoomAdapter>(({ input: adapter }) =>
  merge(
    adapter.session.events$.pipe(map((e) => ({ ...e, type: `session.${e.type}` }) as LivePortEvent)),
    adapter.liveSignaling.events$.pipe(
      map((e) =>
        e.type === 'peerMessage'
          ? ({ ...e.message, from: e.from, type: `peer.${e.message.type}` } as LivePortEvent)
          : ({ ...e, type: `sig.${e.type}` } as LivePortEvent),
      ),
    ),
    adapter.liveMedia.events$.pipe(map((e) => ({ ...e, type: `media.${e.type}` }) as LivePortEvent)),
  ),
);

export const loginLogic = fromPromise<void, { deps: LiveRoomDeps; params: LoginParams }>(({ input }) =>
  input.deps.adapter.session.login(input.params),
);

/** Logging out waits for the room's last signals (exit, destroy) so they are not cut off. */
export const logoutLogic = fromPromise<void, LiveRoomDeps>(async ({ input }) => {
  await input.effects.settle();
  await input.adapter.session.logout();
});

export interface CreateRoomInput {
  readonly deps: LiveRoomDeps;
  readonly userId: string;
  readonly roomId: number;
  readonly roomName: string;
  readonly coverUrl: string;
  readonly state: RoomState;
}

/** The IM room first, then the TRTC room as anchor; a media failure takes the IM room down again. */
export const createRoomLogic = fromPromise<void, CreateRoomInput>(async ({ input }) => {
  const { deps, userId, roomId, roomName, coverUrl, state } = input;
  const { liveSignaling, liveMedia } = deps.adapter;
  await liveSignaling.createRoom({ roomId, roomName, coverUrl, state });
  try {
    await liveMedia.enterRoom({ roomId, userId, role: 'anchor' });
  } catch (error) {
    await liveSignaling.destroyRoom({ roomId }).catch(() => undefined);
    throw error;
  }
});

/** Joins the IM room (which says who owns it and who publishes), then the TRTC room as audience. */
export const enterRoomLogic = fromPromise<LiveRoomRecord, { deps: LiveRoomDeps; userId: string; roomId: number }>(
  async ({ input }) => {
    const { deps, userId, roomId } = input;
    const { liveSignaling, liveMedia } = deps.adapter;
    const record = await liveSignaling.enterRoom({ roomId });
    try {
      await liveMedia.enterRoom({ roomId, userId, role: 'audience' });
    } catch (error) {
      await liveSignaling.exitRoom({ roomId }).catch(() => undefined);
      throw error;
    }
    return record;
  },
);

export const exitRoomLogic = fromPromise<void, { deps: LiveRoomDeps; roomId: number }>(async ({ input }) => {
  const { liveSignaling, liveMedia } = input.deps.adapter;
  await liveMedia.exitRoom();
  await liveSignaling.exitRoom({ roomId: input.roomId });
});

/** The owner ends PK first (the other anchor is told), leaves the TRTC room, then dismisses the IM room. */
export const destroyRoomLogic = fromPromise<void, { deps: LiveRoomDeps; roomId: number; pkPartner: PkPeer | null }>(
  async ({ input }) => {
    const { deps, roomId, pkPartner } = input;
    const { liveSignaling, liveMedia } = deps.adapter;
    if (pkPartner) await quitPk(deps, pkPartner.userId);
    await liveMedia.exitRoom();
    await liveSignaling.destroyRoom({ roomId });
  },
);

export async function quitPk(deps: LiveRoomDeps, partner: string): Promise<void> {
  await deps.adapter.liveSignaling.sendPeerMessage({ userId: partner, message: { type: 'quitRoomPK' } });
  await deps.adapter.liveMedia.disconnectOtherRoom();
}

export const sendPeerLogic = fromPromise<void, { deps: LiveRoomDeps; userId: string; message: LivePeerMessage }>(
  ({ input }) => input.deps.adapter.liveSignaling.sendPeerMessage({ userId: input.userId, message: input.message }),
);

/** A pending request's deadline, on the adapter's clock so virtual time drives it. */
export const requestTimerLogic = fromCallback<RequestTimedOut, LiveRoomDeps>(({ sendBack, input }) => {
  const { clock } = input.adapter;
  const handle = clock.setTimeout(() => sendBack({ type: 'REQUEST_TIMEOUT' }), input.requestTimeoutSec * 1000);
  return () => clock.clearTimeout(handle);
});
