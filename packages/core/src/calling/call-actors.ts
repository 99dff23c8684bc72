import type { CallType } from '../domain/call-type.js';
import type { OfflinePushInfo } from '../domain/offline-push.js';
import type { EffectRunner } from '../machine/effects.js';
import { fromPromise } from '../machine/lean-xstate.js';
import type { CallingAdapter } from '../ports/calling-adapter.js';
import type { LoginParams } from '../ports/session.port.js';

/** What the startCall actor needs: the call to start and the dependencies. */
export interface StartCallInput {
  readonly adapter: CallingAdapter;
  readonly userId: string;
  readonly roomId: number;
  readonly invitees: readonly string[];
  readonly callType: CallType;
  readonly groupId: string | undefined;
  readonly isGroup: boolean;
  readonly timeoutSec: number;
  readonly offlinePush: OfflinePushInfo | undefined;
  /** Holds the invitation and the room entry under way: a cancel and the room exit wait for them. */
  readonly effects: EffectRunner;
}

/** The caller enters the room while it invites, so accepting costs the callee only its own join. */
export const startCallLogic = fromPromise<void, StartCallInput>(async ({ input }) => {
  const { adapter, userId, roomId, invitees, callType, groupId, isGroup, timeoutSec, offlinePush, effects } =
    input;
  // TRTC's exitRoom names no room: this call's entry goes after the last call's exit.
  const previous = effects.ordered();
  const invite = adapter.callSignaling.invite({
    roomId,
    invitees,
    participants: [],
    callType,
    isGroup,
    timeoutSec,
    ...(groupId === undefined ? {} : { groupId }),
    ...(offlinePush === undefined ? {} : { offlinePush }),
  });
  effects.hold('signals', invite);
  const entry = previous.then(() => adapter.callMedia.enterRoom({ roomId, userId, callType }));
  effects.hold('media', entry);
  await Promise.all([entry, invite]);
});

/** What the acceptCall actor needs: the call to accept and the dependencies. */
export interface AcceptCallInput {
  readonly adapter: CallingAdapter;
  readonly userId: string;
  readonly roomId: number;
  readonly callType: CallType;
  /** Glare: leave the room of our own abandoned invitation first. */
  readonly leaveRoomFirst: boolean;
  /**
   * Holds the accept and the room entry under way: a hang-up waits for the accept, the room exit
   * for the entry, so the caller's kit reads the accept before the hang-up and sees this user
   * enter and leave the room (TUICallKit iOS reads no hang-up: it ends on onRemoteUserLeaveRoom,
   * TRTCCalling.m at 3ca38fda; Android drops a hang-up ahead of the accept, TRTCCallingImpl.java at 16cdb73f).
   */
  readonly effects: EffectRunner;
}

export const acceptCallLogic = fromPromise<void, AcceptCallInput>(async ({ input, signal }) => {
  const { adapter, userId, roomId, callType, leaveRoomFirst, effects } = input;
  // TRTC's exitRoom names no room: this call's entry goes after the last call's exit.
  const previous = effects.ordered();
  if (leaveRoomFirst) {
    await previous;
    await adapter.callMedia.exitRoom();
    // Hung up (or otherwise left) while the old room was being left: the accept is void, and
    // going on would accept and enter a call this user already ended.
    if (signal.aborted) return;
  }
  const accept = adapter.callSignaling.accept({ roomId });
  effects.hold('signals', accept);
  const enter = () => adapter.callMedia.enterRoom({ roomId, userId, callType });
  const entry = previous.then(enter);
  // Hung up while an entry that then failed (lost, say) was under way, after IM took the accept:
  // the caller's iOS kit, told of the accept, reads no hang-up and waits for us in its room. We
  // enter it once more, so the hang-up's room exit (queued after this entry) ends its call.
  effects.hold(
    'media',
    entry.catch(() => (signal.aborted ? accept.then(enter) : undefined)),
  );
  await Promise.all([accept, entry]);
});

export const loginLogic = fromPromise<void, { adapter: CallingAdapter; params: LoginParams }>(({ input }) =>
  input.adapter.session.login(input.params),
);

/** Logging out waits for the call's last signals (hang-up, exitRoom) so they are not cut off. */
export const logoutLogic = fromPromise<void, { adapter: CallingAdapter; effects: EffectRunner }>(
  async ({ input }) => {
    await input.effects.settle();
    await input.adapter.session.logout();
  },
);
