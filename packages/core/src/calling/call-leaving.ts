import { ErrorCode, isTrtcSmartError } from '../domain/errors.js';
import type { EffectTarget } from '../machine/effects.js';
import type { CallingContext } from './call-context.js';
import { durationSec } from './call-updates.js';
import { idsWhere, isPending } from './participants.js';

/**
 * How a user leaves a call, in order: its signals after the invitation or accept still under way
 * (the call actors hold them), its room exit after those signals.
 */

/** A leave signal: it goes after the call's invitation or accept under way. */
const signal = (context: CallingContext, self: EffectTarget, run: () => Promise<unknown>): void =>
  context.deps.effects.inOrder(self, 'signals', run);

/**
 * Signals that let the others know this user is leaving the call, whatever stage it is at; returns
 * the invitees whose invitations it withdraws. They go after the accept or invitation still under
 * way, so IM never carries a hang-up ahead of the accept it ends (TUICallKit Android drops such a
 * hang-up: preExitRoom still finds the invitee in mCurInvitedList, TRTCCallingImpl.java at 16cdb73f).
 */
export function leaveSignals(context: CallingContext, self: EffectTarget): readonly string[] {
  const call = context.call;
  if (!call) return [];
  const { adapter } = context.deps;
  const { roomId, participants } = call;
  if (call.role === 'callee' && !call.mediaJoined) {
    signal(context, self, () => adapter.callSignaling.reject({ roomId, reason: 'decline' }));
    return [];
  }
  const pending = idsWhere(participants, (p) => isPending(p.status));
  const mine = pending.filter((userId) => participants[userId]?.invitedBy === context.userId);
  const present = idsWhere(participants, (p) => p.status === 'joined' || p.status === 'accepted');
  const withdrawn = present.length === 0 ? mine : [];
  if (withdrawn.length > 0) {
    // IM refuses a cancel the invitee's accept overtook (an unknown invitation): a lost race, no
    // error; the late accept gets its hang-up (hangUpLateAccept).
    signal(context, self, () =>
      adapter.callSignaling.cancel({ roomId, invitees: withdrawn }).catch((error: unknown) => {
        if (!isTrtcSmartError(error) || error.code !== ErrorCode.NOT_FOUND) throw error;
      }),
    );
  }
  // Pending invitees were told this user is in the call: they hear it left too, or wait for it forever.
  const told = present.length > 0 ? [...present, ...pending] : pending.filter((id) => !mine.includes(id));
  if (told.length > 0) {
    const seconds = durationSec(call, adapter.clock.now());
    signal(context, self, () =>
      adapter.callSignaling.hangup({ roomId, userIds: told, durationSec: seconds }),
    );
  }
  return withdrawn;
}

/**
 * Leaves the call's room once its leave signals are answered: an invitee whose accept overtook our
 * cancel entered the room before accepting (TUICallKit iOS `-accept` / `-onEnterRoom:` in
 * TRTCCalling.m at 3ca38fda, Android `accept()` / `onEnterRoom` at 16cdb73f) and sees us leave it,
 * which is all iOS ends on (`-check:` drops hang-ups; onRemoteUserLeaveRoom -> preExitRoom).
 */
export function leaveRoom(context: CallingContext, self: EffectTarget): void {
  const exit = () => context.deps.adapter.callMedia.exitRoom();
  context.deps.effects.inOrder(self, 'media', exit, 'signals');
}

/**
 * An accept that crossed our cancel in IM: the invitee entered a call we left, and the kits do not
 * end it on their own (iOS onInviteeAccepted returns when not on a call; Android's only drops the
 * invitee from mCurInvitedList). It hears our hang-up, which Android (handleNewSignallingInvite ->
 * preExitRoom) and the JS engine (handleHangupSignal) end on. Returns who is still withdrawn.
 */
export function hangUpLateAccept(
  context: CallingContext,
  self: EffectTarget,
  { roomId, userId }: { readonly roomId: number; readonly userId: string },
): CallingContext['withdrawn'] {
  const withdrawn = context.withdrawn;
  if (!withdrawn) return null;
  // A notice about a call that already ended here: its failure is nobody's event (none after onCallEnd).
  signal(context, self, () =>
    context.deps.adapter.callSignaling
      .hangup({ roomId, userIds: [userId], durationSec: 0 })
      .catch(() => undefined),
  );
  return { roomId, userIds: withdrawn.userIds.filter((id) => id !== userId) };
}
