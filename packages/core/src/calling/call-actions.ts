import { assign } from 'xstate';
import type { CallEndReason } from '../domain/calling-events.js';
import { ErrorCode } from '../domain/errors.js';
import { NOT_CONNECTED } from '../machine/connection.js';
import { withDevice } from '../machine/devices.js';
import { enqueueActions } from '../machine/lean-xstate.js';
import { settleOp } from '../machine/ops.js';
import { type CallAction, calling, type Ev, effect } from './call-action-kit.js';
import { awaitParty, mediaLinkChanged, partyBack, signalingChanged, withLink } from './call-connection.js';
import { initialDevices } from './call-context.js';
import { hangUpLateAccept, leaveRoom, leaveSignals } from './call-leaving.js';
import { answeredElsewhereReason } from './call-other-device.js';
import { currentCall, durationSec, isVideoCall } from './call-updates.js';
import { unansweredReason } from './participants.js';

/** The call machine's actions on its session, links, devices and the call's start and end. */
export const callActions = {
  settleOk: enqueueActions(({ context, event, enqueue }) => settleOp.ok(enqueue, context.pendingOp, event)),
  settleFailed: enqueueActions(({ context, event, enqueue }) =>
    settleOp.failed(enqueue, context.pendingOp, event as { error?: unknown }),
  ),
  /** An invoking state left for any other reason than its own result: its op was overtaken... */
  settleInterrupted: enqueueActions(({ context, event, enqueue }) =>
    // ...except in glare: our call goes on as the other side's, so the call() that started it succeeded.
    settleOp.interrupted(enqueue, context.pendingOp, event.type, event.type === 'sig.invited'),
  ),
  holdOp: assign({ pendingOp: ({ event }) => (event as { opId: number }).opId }),
  setUser: assign({ userId: ({ event }) => (event as Ev<'LOGIN'>).params.userId }),
  clearUser: assign({ userId: null, devices: initialDevices, connection: NOT_CONNECTED }),
  signalingUp: assign(({ context }) => withLink(context, 'signaling', 'connected')),
  mediaUp: assign(({ context }) => withLink(context, 'media', 'connected')),
  noteSignaling: enqueueActions(({ context, event, enqueue }) =>
    signalingChanged(enqueue, context, (event as Ev<'session.connectionChanged'>).state),
  ),
  noteMediaLink: enqueueActions(({ context, event, enqueue }) =>
    mediaLinkChanged(
      enqueue,
      context,
      (event as Ev<'media.connectionChanged'>).state,
      context.deps.reconnectGraceMs,
    ),
  ),
  awaitParty: enqueueActions(({ context, event, enqueue }) =>
    awaitParty(enqueue, context, (event as Ev<'media.userLeft'>).userId, context.deps.reconnectGraceMs),
  ),
  partyBack: enqueueActions(({ context, event, enqueue }) =>
    partyBack(enqueue, context, (event as Ev<'media.userEntered'>).userId),
  ),
  endBecause: assign((_, params: { reason: CallEndReason }) => ({ endReason: params.reason })),
  endAnsweredElsewhere: assign({ endReason: ({ event }) => answeredElsewhereReason(event) }),
  endUnanswered: assign({
    endReason: ({ context }) => unansweredReason(currentCall(context).participants),
  }),
  markMediaJoined: assign(({ context }) => ({ call: { ...currentCall(context), mediaJoined: true } })),
  switchToAudio: enqueueActions(({ context, event, enqueue, self }) => {
    const call = currentCall(context);
    if (!isVideoCall(call)) return;
    if (event.type === 'sig.switchedToAudio' && context.devices.camera !== 'off') {
      effect(context, self, () => context.deps.adapter.callMedia.closeCamera());
    }
    enqueue.assign({ call: { ...call, callType: 2 }, devices: { ...context.devices, camera: 'off' } });
    enqueue.emit(calling({ eventType: 'onCallTypeChanged', oldCallType: 1, newCallType: 2 }));
  }),
  setDevice: assign({
    devices: ({ context, event }) =>
      withDevice(context.devices, event as Ev<'CAMERA_CHANGED' | 'MIC_CHANGED' | 'HANDS_FREE_CHANGED'>),
  }),
  beginCall: enqueueActions(({ context, enqueue }) => {
    const call = currentCall(context);
    enqueue.assign({ call: { ...call, connectedAt: context.deps.adapter.clock.now() } });
    enqueue.emit(
      calling({
        eventType: 'onCallBegin',
        roomId: call.roomId,
        callType: call.callType,
        role: call.role,
      }),
    );
  }),
  leaveCall: enqueueActions(({ context, enqueue, self }) => {
    const roomId = context.call?.roomId;
    const userIds = leaveSignals(context, self);
    if (roomId !== undefined && userIds.length > 0) enqueue.assign({ withdrawn: { roomId, userIds } });
  }),
  hangUpWithdrawn: enqueueActions(({ context, event, enqueue, self }) => {
    const withdrawn = hangUpLateAccept(context, self, event as Ev<'sig.accepted'>);
    if (withdrawn) enqueue.assign({ withdrawn });
  }),
  /** The one place a call ends: leave the room, stop timers, tell the app once. */
  finishCall: enqueueActions(({ context, enqueue, self }, params: { reason?: CallEndReason }) => {
    const call = context.call;
    if (!call) return;
    const reason = params.reason ?? context.endReason ?? 'error';
    if (call.mediaJoined) leaveRoom(context, self);
    for (const timerId of context.timerIds) enqueue.cancel(timerId);
    const totalTime = durationSec(call, context.deps.adapter.clock.now());
    enqueue.assign({
      call: null,
      endReason: null,
      timerIds: [],
      devices: initialDevices,
      lastCall: { roomId: call.roomId, reason, totalTime },
      ...withLink(context, 'media', 'disconnected'),
    });
    enqueue.emit(calling({ eventType: 'onCallEnd', reason, totalTime }));
  }),
  reportEffectFailure: enqueueActions(({ event, enqueue }) => {
    const { error } = event as Ev<'EFFECT_FAILED'>;
    enqueue.emit(calling({ eventType: 'onError', code: error.code, msg: error.message }));
  }),
  reportMediaError: enqueueActions(({ event, enqueue }) => {
    const e = event as Ev<'media.error'>;
    enqueue.emit(
      calling({ eventType: 'onError', code: ErrorCode.ADAPTER_FAILURE, msg: `${e.message} (${e.code})` }),
    );
  }),
  emitKicked: enqueueActions(({ enqueue }) => enqueue.emit(calling({ eventType: 'onKickedOffline' }))),
  emitSigExpired: enqueueActions(({ enqueue }) => enqueue.emit(calling({ eventType: 'onUserSigExpired' }))),
  emitCancelled: enqueueActions(({ event, enqueue }) =>
    enqueue.emit(calling({ eventType: 'onCallingCancel', userId: (event as Ev<'sig.cancelled'>).inviter })),
  ),
  emitTimedOut: enqueueActions(({ enqueue }) => enqueue.emit(calling({ eventType: 'onCallingTimeOut' }))),
  logoutQuietly: ({ context, self }) => {
    if (context.userId !== null) effect(context, self, () => context.deps.adapter.session.logout());
  },
} satisfies Record<string, CallAction>;
