import { Observable } from 'rxjs';
import { type Actor, createActor } from 'xstate';
import type { CallingEvent } from '../domain/calling-events.js';
import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import { DEFAULT_INVITE_TIMEOUT_SEC, MAX_CALL_ROOM_ID } from '../domain/rules.js';
import { commandRunner } from '../machine/commands.js';
import { createEffectRunner } from '../machine/effects.js';
import { attempt, OpRegistry } from '../machine/ops.js';
import { Prefixing } from '../machine/prefixed.js';
import type { CallMediaEvent } from '../ports/call-media.port.js';
import type { CallingAdapter } from '../ports/calling-adapter.js';
import { EventHub, ValueHub } from '../ports/event-hub.js';
import { mergeEvents, shareEvents } from '../ports/event-streams.js';
import type { LoginParams } from '../ports/session.port.js';
import { type CallMachine, createCallMachine } from './call-machine.js';
import { currentCall } from './call-updates.js';
import {
  type CallParams,
  type GroupCallParams,
  type OpenCameraParams,
  parseCall,
  parseFlag,
  parseGroupCall,
  parseLogin,
  parseOpenCamera,
  parseRemoteView,
  parseUserId,
  type RemoteViewParams,
} from './calling-params.js';
import { type CallingState, callingStateOf, callStatusOf } from './calling-state.js';
import type { CallCommand, CallMachineEvent } from './machine-events.js';
import { idsWhere } from './participants.js';

export interface CallingOptions<View> {
  readonly adapter: CallingAdapter<View>;
  /** Seconds an invitation rings before it times out; 0 = never. Default 30. */
  readonly inviteTimeoutSec?: number;
  /** Ms to wait for media after accepting before the call fails. Default 15000. */
  readonly connectTimeoutMs?: number;
}

/** The typed calling API: a promise per seed method, events$ with the seed's events, and the state. */
export interface Calling<View = unknown> {
  login(params: LoginParams): Promise<void>;
  logout(): Promise<void>;
  /** Starts a 1:1 call; resolves once the invitation is out (the answer arrives as events). */
  call(params: CallParams): Promise<void>;
  /** Starts a group call, or invites more users into the current call. */
  groupCall(params: GroupCallParams): Promise<void>;
  /** Answers the ringing call; resolves once this user is in the room. */
  accept(): Promise<void>;
  reject(): Promise<void>;
  /** Leaves the current call (or cancels it while dialing, or rejects it while ringing). */
  hangup(): Promise<void>;
  startRemoteView(params: RemoteViewParams<View>): Promise<void>;
  stopRemoteView(params: { readonly userId: string }): Promise<void>;
  openCamera(params: OpenCameraParams<View>): Promise<void>;
  switchCamera(params: { readonly isFront: boolean }): Promise<void>;
  closeCamera(): Promise<void>;
  setMicMute(params: { readonly isMute: boolean }): Promise<void>;
  setHandsFree(params: { readonly isHandsFree: boolean }): Promise<void>;
  /** Turns the current video call into an audio call for everyone in it. */
  switchToAudio(): Promise<void>;
  /** Ends any call, logs out and releases everything; the instance is unusable afterwards. */
  destroy(): Promise<void>;
  /** Every event, named and shaped as the seed's calling listener delivers it. */
  readonly events$: Observable<CallingEvent>;
  readonly state$: Observable<CallingState>;
  getSnapshot(): CallingState;
  /** The XState actor, for inspection and visualisation. */
  readonly actor: Actor<CallMachine>;
}

export function createCalling<View>(options: CallingOptions<View>): Calling<View> {
  const { adapter } = options;
  const timeoutSec = options.inviteTimeoutSec ?? DEFAULT_INVITE_TIMEOUT_SEC;
  if (!Number.isFinite(timeoutSec) || timeoutSec < 0) {
    throw new TrtcSmartError(ErrorCode.INVALID_PARAMETER, 'inviteTimeoutSec: must be a number >= 0');
  }
  const effects = createEffectRunner();
  const machine = createCallMachine({
    adapter: adapter as CallingAdapter,
    effects,
    ...(options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: options.connectTimeoutMs }),
  });
  const actor = createActor(machine, {
    clock: {
      setTimeout: (fn, ms) => adapter.clock.setTimeout(fn, ms),
      clearTimeout: (handle) => adapter.clock.clearTimeout(handle),
    },
  });

  const machineEvents = new EventHub<CallingEvent>();
  const ops = new OpRegistry();
  actor.on('calling', ({ event }) => machineEvents.next(event));
  actor.on('op', (settled) => ops.settle(settled));

  const state = new ValueHub<CallingState>(callingStateOf(actor.getSnapshot()));
  actor.subscribe((snapshot) => {
    const prev = state.getValue();
    const { userId, call, devices, lastCall } = snapshot.context;
    const status = callStatusOf(snapshot);
    if (status === prev.status && call === prev.call && devices === prev.devices && userId === prev.userId)
      return;
    state.next({ status, userId, call, devices, lastCall });
  });
  actor.start();
  const ports = adapter.session.events$.subscribe(new Prefixing(actor, 'session'));
  ports.add(adapter.callSignaling.events$.subscribe(new Prefixing(actor, 'sig')));
  ports.add(adapter.callMedia.events$.subscribe(new Prefixing(actor, 'media', isStats)));

  const inCall = () => ACTIVE.has(state.getValue().status);
  /** Volumes and network quality change no state, so they go straight to the app while in a call. */
  const mediaStats$ = new Observable<CallingEvent>((subscriber) =>
    adapter.callMedia.events$.subscribe({
      next: (e) => {
        const event = inCall() ? statsEvent(e) : null;
        if (event) subscriber.next(event);
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    }),
  );
  const events$ = mergeEvents(machineEvents.asObservable(), mediaStats$).pipe(shareEvents());

  const isDestroyed = () => actor.getSnapshot().status !== 'active';

  /** Rejects, changing nothing, unless the machine takes this event in its current state. */
  const assertAllowed = (method: string, event: CallMachineEvent): void => {
    if (isDestroyed()) throw new TrtcSmartError(ErrorCode.DESTROYED, `${method}: the instance was destroyed`);
    const snapshot = actor.getSnapshot();
    if (snapshot.can(event)) return;
    const { status } = callingStateOf(snapshot);
    if (status === 'loggedOut' && method !== 'login') {
      throw new TrtcSmartError(ErrorCode.NOT_LOGGED_IN, `${method}: log in first`);
    }
    throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: not allowed while ${status}`);
  };

  const { command, device } = commandRunner<CallMachineEvent, CallCommand>(
    actor,
    ops,
    assertAllowed,
    'the call ended',
  );

  const self = () => actor.getSnapshot().context.userId;
  const roomId = () => 1 + Math.floor(adapter.random.next() * MAX_CALL_ROOM_ID);
  const present = () =>
    idsWhere(
      currentCall(actor.getSnapshot().context).participants,
      (p) => p.status === 'joined' || p.status === 'accepted',
    );
  const media = adapter.callMedia;

  // Methods parse their input first: bad input is rejected before any state is looked at.
  const api: Calling<View> = {
    login: (params) =>
      attempt(() => {
        const input = parseLogin(params);
        return command('login', (opId) => ({ type: 'LOGIN', opId, params: input }));
      }),
    logout: () => attempt(() => command('logout', (opId) => ({ type: 'LOGOUT', opId }))),
    call: (params) =>
      attempt(() => {
        const { userId, type } = parseCall(params, self());
        return command('call', (opId) => ({
          type: 'CALL',
          opId,
          roomId: roomId(),
          invitees: [userId],
          callType: type,
          groupId: undefined,
          isGroup: false,
          timeoutSec,
        }));
      }),
    groupCall: (params) =>
      attempt(async () => {
        const { userIdList, type, groupId } = parseGroupCall(params, self());
        if (actor.getSnapshot().context.call === null) {
          return command('groupCall', (opId) => ({
            type: 'CALL',
            opId,
            roomId: roomId(),
            invitees: userIdList,
            callType: type,
            groupId,
            isGroup: true,
            timeoutSec,
          }));
        }
        return inviteMore(userIdList);
      }),
    accept: () => attempt(() => command('accept', (opId) => ({ type: 'ACCEPT', opId }))),
    reject: () => attempt(() => command('reject', (opId) => ({ type: 'REJECT', opId }))),
    hangup: () => attempt(() => command('hangup', (opId) => ({ type: 'HANGUP', opId }))),
    startRemoteView: (params) =>
      attempt(() => {
        const { userId, view } = parseRemoteView(params, adapter.views);
        return device('startRemoteView', { type: 'REMOTE_VIEW', userId, rendering: true }, () =>
          media.startRemoteView({ userId, view }),
        );
      }),
    stopRemoteView: (params) =>
      attempt(() => {
        const userId = parseUserId(params, 'stopRemoteView');
        return device('stopRemoteView', { type: 'REMOTE_VIEW', userId, rendering: false }, () =>
          media.stopRemoteView({ userId }),
        );
      }),
    openCamera: (params) =>
      attempt(() => {
        const { isFront, view } = parseOpenCamera(params, adapter.views);
        const event = { type: 'CAMERA_CHANGED', camera: isFront ? 'front' : 'back' } as const;
        return device('openCamera', event, () => media.openCamera({ isFront, view })).catch(async (error) => {
          // Opened after the call ended: close it again so no camera is left on.
          if (error instanceof TrtcSmartError && error.code === ErrorCode.CANCELLED)
            await media.closeCamera().catch(() => {});
          throw error;
        });
      }),
    switchCamera: (params) =>
      attempt(() => {
        const isFront = parseFlag(params, 'switchCamera', 'isFront');
        const event = { type: 'CAMERA_CHANGED', camera: isFront ? 'front' : 'back' } as const;
        return device('switchCamera', event, () => {
          if (actor.getSnapshot().context.devices.camera === 'off') {
            throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'switchCamera: the camera is not open');
          }
          return media.switchCamera({ isFront });
        });
      }),
    closeCamera: () =>
      attempt(() =>
        device('closeCamera', { type: 'CAMERA_CHANGED', camera: 'off' }, () => media.closeCamera()),
      ),
    setMicMute: (params) =>
      attempt(() => {
        const isMute = parseFlag(params, 'setMicMute', 'isMute');
        return device('setMicMute', { type: 'MIC_CHANGED', muted: isMute }, () =>
          media.setMicMute({ isMute }),
        );
      }),
    setHandsFree: (params) =>
      attempt(() => {
        const isHandsFree = parseFlag(params, 'setHandsFree', 'isHandsFree');
        return device('setHandsFree', { type: 'HANDS_FREE_CHANGED', handsFree: isHandsFree }, () =>
          media.setHandsFree({ isHandsFree }),
        );
      }),
    switchToAudio: () =>
      attempt(() =>
        device('switchToAudio', { type: 'SWITCHED_TO_AUDIO' }, async () => {
          const { call, devices } = actor.getSnapshot().context;
          if (!call) return;
          await adapter.callSignaling.switchToAudio({ roomId: call.roomId, userIds: present() });
          if (devices.camera !== 'off') await media.closeCamera();
        }),
      ),
    destroy: async () => {
      if (isDestroyed()) return;
      await command('destroy', (opId) => ({ type: 'DESTROY', opId }));
      await effects.settle(); // the last signals and the logout have run when destroy resolves
      actor.stop();
      ports.unsubscribe();
      ops.rejectAll();
      machineEvents.complete();
      state.complete();
    },
    events$,
    state$: state.asObservable(),
    getSnapshot: () => state.getValue(),
    actor,
  };

  async function inviteMore(invitees: readonly string[]): Promise<void> {
    assertAllowed('groupCall', { type: 'INVITEES_ADDED', invitees, timeoutSec });
    const call = currentCall(actor.getSnapshot().context);
    const participants = present();
    actor.send({ type: 'INVITEES_ADDED', invitees, timeoutSec });
    try {
      await adapter.callSignaling.invite({
        roomId: call.roomId,
        invitees,
        participants,
        callType: call.callType,
        isGroup: true,
        timeoutSec,
        ...(call.groupId === undefined ? {} : { groupId: call.groupId }),
      });
    } catch (error) {
      actor.send({ type: 'INVITEES_FAILED', invitees });
      throw toTrtcSmartError(error);
    }
  }

  return api;
}

/** Volumes and network quality change no state: they skip the machine (see mediaStats$). */
const isStats = (e: CallMediaEvent) => e.type === 'volumes' || e.type === 'networkQuality';
const ACTIVE: ReadonlySet<string> = new Set(['dialing', 'connecting', 'inCall']);
const clampVolume = (volume: number): number => Math.max(0, Math.min(100, Math.round(volume)));

function statsEvent(e: CallMediaEvent): CallingEvent | null {
  if (e.type === 'volumes') {
    return {
      eventType: 'onUserVoiceVolume',
      volumeList: e.volumes.map(({ userId, volume }) => ({ userId, volume: clampVolume(volume) })),
    };
  }
  if (e.type === 'networkQuality') {
    return { eventType: 'onUserNetworkQuality', networkQualityList: e.qualities.map((q) => ({ ...q })) };
  }
  return null;
}
