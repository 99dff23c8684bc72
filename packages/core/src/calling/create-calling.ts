import type { Observable, Subscription } from 'rxjs';
import { type Actor, createActor } from 'xstate';
import type { CallType } from '../domain/call-type.js';
import type { CallingEvent } from '../domain/calling-events.js';
import {
  parseCameraView,
  parseFlag,
  parseLogin,
  parseUserId,
  parseUserView,
} from '../domain/common-params.js';
import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import type { OfflinePushInfo } from '../domain/offline-push.js';
import { numberOption } from '../domain/options.js';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_INVITE_TIMEOUT_SEC,
  DEFAULT_RECONNECT_GRACE_MS,
  MAX_CALL_ROOM_ID,
} from '../domain/rules.js';
import { defineOnFirstRead, installMethods } from '../machine/api-methods.js';
import { destroyedError, runDeviceCommand, sendCommand, type WithoutOpId } from '../machine/commands.js';
import { createEffectRunner } from '../machine/effects.js';
import { fieldAdapter } from '../machine/field-adapter.js';
import { OpRegistry } from '../machine/ops.js';
import { isRunning, Prefixing } from '../machine/prefixed.js';
import type { MediaControls } from '../media/media-host.js';
import type { CallMediaEvent } from '../ports/call-media.port.js';
import type { CallingAdapter } from '../ports/calling-adapter.js';
import { EventHub, ValueHub } from '../ports/event-hub.js';
import { type CallMachine, callMachine } from './call-machine.js';
import { callRefusal } from './call-refusals.js';
import { currentCall } from './call-updates.js';
import type { Calling, CallingOptions } from './calling-api.js';
import type { CallingWithMedia } from './calling-media.js';
import { callingMediaHost } from './calling-media-host.js';
import { parseCall, parseGroupCall } from './calling-params.js';
import { type CallingState, callingStateOf, callStatusOf } from './calling-state.js';
import type { CallCommand, CallMachineEvent } from './machine-events.js';
import { idsWhere } from './participants.js';

export type { Calling, CallingOptions } from './calling-api.js';

/** The methods built from METHODS: all but the streams, the snapshot and the actor. */
type TableMethod = Exclude<keyof Calling, 'events$' | 'state$' | 'getSnapshot' | 'actor'>;
type Instance = CallingInstance<unknown>;
/** The commands the machine settles as an op, and what the methods give for them. */
type OpCommand = Extract<CallCommand, { readonly opId: number }>;

/**
 * One createCalling instance: its machine, state and streams. Its methods are one table for every
 * instance (METHODS below), as createLiveRoom's are. Its fields are internal: createCalling returns
 * the Calling interface.
 */
class CallingInstance<View> implements Omit<Calling<View>, TableMethod | 'getSnapshot'> {
  readonly actor: Actor<CallMachine>;
  readonly adapter: CallingAdapter<View>;
  readonly timeoutSec: number;
  readonly effects = createEffectRunner();
  readonly ops = new OpRegistry();
  readonly machineEvents = new EventHub<CallingEvent>();
  readonly state: ValueHub<CallingState>;
  readonly ports: Subscription;
  readonly events$: Observable<CallingEvent>;

  constructor(options: CallingOptions<View>) {
    const timeoutSec = numberOption(
      options.inviteTimeoutSec,
      'inviteTimeoutSec',
      DEFAULT_INVITE_TIMEOUT_SEC,
      0,
    );
    const reconnectGraceMs = numberOption(
      options.reconnectGraceMs,
      'reconnectGraceMs',
      DEFAULT_RECONNECT_GRACE_MS,
      0,
    );
    const adapter = fieldAdapter(options, PORTS, SHARED, ({ code, message }) =>
      this.machineEvents.next({ eventType: 'onError', code, msg: message }),
    );
    this.adapter = adapter;
    this.timeoutSec = timeoutSec;
    // XState calls the clock as a method, so the port object serves as is.
    const actor = createActor(callMachine, {
      clock: adapter.clock,
      input: {
        adapter: adapter as CallingAdapter,
        effects: this.effects,
        connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
        reconnectGraceMs,
      },
    });
    this.actor = actor;
    actor.on('calling', ({ event }) => this.machineEvents.next(event));
    actor.on('op', (settled) => this.ops.settle(settled));

    const state = new ValueHub<CallingState>(callingStateOf(actor.getSnapshot()));
    this.state = state;
    actor.subscribe((snapshot) => {
      const prev = state.getValue();
      const { userId, call, devices, lastCall, connection } = snapshot.context;
      const status = callStatusOf(snapshot);
      if (
        status === prev.status &&
        call === prev.call &&
        devices === prev.devices &&
        userId === prev.userId &&
        connection === prev.connection
      )
        return;
      state.next({ status, userId, call, devices, lastCall, connection } as CallingState);
    });
    actor.start();
    this.ports = adapter.session.events$.subscribe(new Prefixing(actor, 'session'));
    this.ports.add(adapter.callSignaling.events$.subscribe(new Prefixing(actor, 'sig')));
    this.ports.add(adapter.callMedia.events$.subscribe(new CallMediaEvents(actor, this)));
    // One hub for every event, completed on destroy: an app's subscription holds no port open.
    this.events$ = this.machineEvents.asObservable();
    options.media?.(callingMediaHost(this, options.adapter));
  }

  get state$(): Observable<CallingState> {
    return this.state.asObservable();
  }
}

/** Rejects, changing nothing, unless the machine takes this event in its current state. */
function assertAllowed(c: Instance, method: string, event: CallMachineEvent): void {
  if (!isRunning(c.actor)) throw destroyedError(method);
  const snapshot = c.actor.getSnapshot();
  if (!snapshot.can(event)) throw callRefusal(method, snapshot, event);
}

/** Sends a command and settles when the machine reports its outcome. */
function command(c: Instance, method: string, event: WithoutOpId<OpCommand>): Promise<void> {
  return sendCommand<CallMachineEvent, OpCommand>(
    c.actor,
    c.ops,
    (m, e) => assertAllowed(c, m, e),
    method,
    event,
  );
}

/** Runs port work the machine allowed, then records its result; a failure changes nothing. */
const device = (c: Instance, method: string, event: CallMachineEvent, run: () => Promise<void>) =>
  runDeviceCommand(c.actor, (m, e) => assertAllowed(c, m, e), 'the call ended', method, event, run);

const self = (c: Instance) => c.actor.getSnapshot().context.userId;
const present = (c: Instance) =>
  idsWhere(
    currentCall(c.actor.getSnapshot().context).participants,
    (p) => p.status === 'joined' || p.status === 'accepted',
  );
const camera = (isFront: boolean) =>
  ({ type: 'CAMERA_CHANGED', camera: isFront ? 'front' : 'back' }) as const;

/** A new call's command, in a fresh random room. */
const newCall = (
  c: Instance,
  invitees: readonly string[],
  callType: CallType,
  groupId: string | undefined,
  isGroup: boolean,
  offlinePush: OfflinePushInfo,
): WithoutOpId<OpCommand> => ({
  type: 'CALL',
  roomId: 1 + Math.floor(c.adapter.random.next() * MAX_CALL_ROOM_ID),
  invitees,
  callType,
  groupId,
  isGroup,
  timeoutSec: c.timeoutSec,
  offlinePush,
});

/** Each method, given its instance, the app's params and its own name. Params are parsed first: bad input is rejected before any state is looked at. */
const METHODS: {
  readonly [M in TableMethod]: (c: Instance, params: unknown, method: M) => ReturnType<Calling[M]>;
} = {
  login: (c, params, method) => command(c, method, { type: 'LOGIN', params: parseLogin(params) }),
  logout: (c, _, method) => command(c, method, { type: 'LOGOUT' }),
  call: (c, params, method) => {
    const { userId, type, offlinePush } = parseCall(params, self(c));
    return command(c, method, newCall(c, [userId], type, undefined, false, offlinePush));
  },
  groupCall: async (c, params, method) => {
    const { userIdList, type, groupId, offlinePush } = parseGroupCall(params, self(c));
    if (c.actor.getSnapshot().context.call !== null) return inviteMore(c, userIdList, offlinePush);
    return command(c, method, newCall(c, userIdList, type, groupId, true, offlinePush));
  },
  accept: (c, _, method) => command(c, method, { type: 'ACCEPT' }),
  reject: (c, _, method) => command(c, method, { type: 'REJECT' }),
  hangup: (c, _, method) => command(c, method, { type: 'HANGUP' }),
  startRemoteView: (c, params, method) => {
    const { userId, view } = parseUserView(params, method, c.adapter.views);
    return device(c, method, { type: 'REMOTE_VIEW', userId, rendering: true }, () =>
      c.adapter.callMedia.startRemoteView({ userId, view }),
    );
  },
  stopRemoteView: (c, params, method) => {
    const userId = parseUserId(params, method);
    return device(c, method, { type: 'REMOTE_VIEW', userId, rendering: false }, () =>
      c.adapter.callMedia.stopRemoteView({ userId }),
    );
  },
  openCamera: (c, params, method) => {
    const { isFront, view } = parseCameraView(params, method, c.adapter.views);
    const media = c.adapter.callMedia;
    return device(c, method, camera(isFront), () => media.openCamera({ isFront, view })).catch(
      async (error) => {
        // Opened after the call ended: close it again so no camera is left on.
        if (error instanceof TrtcSmartError && error.code === ErrorCode.CANCELLED)
          await media.closeCamera().catch(() => {});
        throw error;
      },
    );
  },
  switchCamera: (c, params, method) => {
    const isFront = parseFlag(params, method, 'isFront');
    return device(c, method, camera(isFront), () => {
      if (c.actor.getSnapshot().context.devices.camera === 'off') {
        throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: the camera is not open`);
      }
      return c.adapter.callMedia.switchCamera({ isFront });
    });
  },
  closeCamera: (c, _, method) =>
    device(c, method, { type: 'CAMERA_CHANGED', camera: 'off' }, () => c.adapter.callMedia.closeCamera()),
  setMicMute: (c, params, method) => {
    const isMute = parseFlag(params, method, 'isMute');
    return device(c, method, { type: 'MIC_CHANGED', micMuted: isMute }, () =>
      c.adapter.callMedia.setMicMute({ isMute }),
    );
  },
  setHandsFree: (c, params, method) => {
    const isHandsFree = parseFlag(params, method, 'isHandsFree');
    return device(c, method, { type: 'HANDS_FREE_CHANGED', handsFree: isHandsFree }, () =>
      c.adapter.callMedia.setHandsFree({ isHandsFree }),
    );
  },
  switchToAudio: (c, _, method) =>
    device(c, method, { type: 'SWITCHED_TO_AUDIO' }, async () => {
      const { call, devices } = c.actor.getSnapshot().context;
      if (!call) return;
      await c.adapter.callSignaling.switchToAudio({ roomId: call.roomId, userIds: present(c) });
      if (devices.camera !== 'off') await c.adapter.callMedia.closeCamera();
    }),
  destroy: async (c, _, method) => {
    if (!isRunning(c.actor)) return;
    await command(c, method, { type: 'DESTROY' });
    await c.effects.settle(); // the last signals and the logout have run when destroy resolves
    c.actor.stop();
    c.ports.unsubscribe();
    c.ops.rejectAll();
    c.machineEvents.complete();
    c.state.complete();
  },
};

/** More invitees for the running group call: noted before the invitation goes out, so no answer is early. */
async function inviteMore(
  c: Instance,
  invitees: readonly string[],
  offlinePush: OfflinePushInfo,
): Promise<void> {
  const { actor, timeoutSec } = c;
  assertAllowed(c, 'groupCall', { type: 'INVITEES_ADDED', invitees, timeoutSec });
  const call = currentCall(actor.getSnapshot().context);
  const participants = present(c);
  actor.send({ type: 'INVITEES_ADDED', invitees, timeoutSec });
  try {
    await c.adapter.callSignaling.invite({
      roomId: call.roomId,
      invitees,
      participants,
      callType: call.callType,
      isGroup: true,
      timeoutSec,
      offlinePush,
      ...(call.groupId === undefined ? {} : { groupId: call.groupId }),
    });
  } catch (error) {
    actor.send({ type: 'INVITEES_FAILED', invitees });
    throw toTrtcSmartError(error);
  }
}

installMethods(CallingInstance.prototype, METHODS);
defineOnFirstRead(CallingInstance.prototype as Instance, 'getSnapshot', (c) => () => c.state.getValue());

/** Creates a calling user (the seed's `calling` object as promises and streams) over a platform adapter. */
export function createCalling<View>(
  options: CallingOptions<View> & { readonly media: MediaControls },
): CallingWithMedia<View>;
export function createCalling<View>(options: CallingOptions<View>): Calling<View>;
export function createCalling<View>(options: CallingOptions<View>): Calling<View> | CallingWithMedia<View> {
  return new CallingInstance(options) as CallingInstance<View> &
    Pick<Calling<View>, TableMethod | 'getSnapshot'>;
}

/** The ports whose requests get the loginTimeoutSec deadline. */
const PORTS = ['session', 'callSignaling', 'callMedia'] as const;
const SHARED = ['clock', 'random', 'views'] as const;

const ACTIVE: ReadonlySet<string> = new Set(['dialing', 'connecting', 'inCall']);
const clampVolume = (volume: number): number => Math.max(0, Math.min(100, Math.round(volume)));

/**
 * Media events into the machine, except volumes and network quality: they change no state, so they
 * go straight to events$ while a call is active (and are dropped otherwise).
 */
class CallMediaEvents extends Prefixing<CallMediaEvent> {
  constructor(
    actor: Actor<CallMachine>,
    private readonly c: Instance,
  ) {
    super(actor, 'media');
  }

  override next(e: CallMediaEvent): void {
    // The last call's room, still being left (its exit waits for its leave signals): a new call
    // enters its own room only after that exit, so nothing heard meanwhile is about it.
    if (this.c.effects.busy('media')) return;
    const stats = statsEvent(e);
    if (!stats) super.next(e);
    else if (ACTIVE.has(this.c.state.getValue().status)) this.c.machineEvents.next(stats);
  }
}

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
