import type { Observable, Subscription } from 'rxjs';
import { type Actor, createActor } from 'xstate';
import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import { numberOption } from '../domain/options.js';
import {
  DEFAULT_LIVE_REQUEST_TIMEOUT_SEC,
  DEFAULT_RECONCILE_INTERVAL_SEC,
  DEFAULT_RECONNECT_GRACE_MS,
} from '../domain/rules.js';
import { createEffectRunner } from '../machine/effects.js';
import { fieldAdapter } from '../machine/field-adapter.js';
import { OpRegistry } from '../machine/ops.js';
import { EventHub, ValueHub } from '../ports/event-hub.js';
import type { LiveRoomAdapter } from '../ports/live-room-adapter.js';
import type { LiveRoom, LiveRoomOptions, TableMethod } from './live-room-api.js';
import { type LiveRoomMachine, liveRoomMachine } from './live-room-machine.js';
import { liveRoomMediaHost } from './live-room-media-host.js';
import { type LiveRoomState, liveRoomStateOf } from './live-room-state.js';
import { subscribePortEvents } from './port-events.js';

/** The ports whose requests get the loginTimeoutSec deadline. */
const PORTS = ['session', 'liveSignaling', 'liveMedia'] as const;
const SHARED = ['clock', 'random', 'views'] as const;

/** An instance's machine actor. */
export type LiveActor = Actor<LiveRoomMachine>;

const stateChanged = (next: LiveRoomState, prev: LiveRoomState) =>
  next.status !== prev.status ||
  next.room !== prev.room ||
  next.devices !== prev.devices ||
  next.userId !== prev.userId ||
  next.incoming !== prev.incoming ||
  next.pkPartner !== prev.pkPartner ||
  next.connection !== prev.connection;

/**
 * One createLiveRoom instance: its state and streams. Its methods are one table for every instance
 * (METHODS in live-room-methods.ts, installed by create-live-room.ts), not closures per instance:
 * a page (or a test) with 10,000 audience instances pays for them once. Its fields are internal
 * (createLiveRoom returns the LiveRoom interface); plain fields rather than `#private` ones, which an
 * ES2020 build lowers to WeakMap helpers on every access.
 */
export class LiveRoomInstance<View> implements Omit<LiveRoom<View>, TableMethod | 'getSnapshot'> {
  readonly actor: LiveActor;
  readonly adapter: LiveRoomAdapter<View>;
  readonly effects = createEffectRunner();
  readonly ops = new OpRegistry();
  readonly events = new EventHub<LiveRoomEvent>();
  /** The request listeners, made when first read (most audience members never ask for anything). */
  linkMic: EventHub<RequestOutcomeEvent> | undefined;
  roomPK: EventHub<RequestOutcomeEvent> | undefined;
  readonly state: ValueHub<LiveRoomState>;
  readonly portEvents: Subscription;

  constructor(options: LiveRoomOptions<View>) {
    const requestTimeoutSec = numberOption(
      options.requestTimeoutSec,
      'requestTimeoutSec',
      DEFAULT_LIVE_REQUEST_TIMEOUT_SEC,
      'positive',
    );
    const reconnectGraceMs = numberOption(
      options.reconnectGraceMs,
      'reconnectGraceMs',
      DEFAULT_RECONNECT_GRACE_MS,
      0,
    );
    const reconcileIntervalSec = numberOption(
      options.reconcileIntervalSec,
      'reconcileIntervalSec',
      DEFAULT_RECONCILE_INTERVAL_SEC,
      0,
    );
    const adapter = fieldAdapter(options, PORTS, SHARED, ({ code, message }) =>
      this.events.next({ eventType: 'onError', code, msg: message }),
    );
    this.adapter = adapter;
    const actor = createActor(liveRoomMachine, {
      input: {
        adapter: adapter as LiveRoomAdapter,
        effects: this.effects,
        requestTimeoutSec,
        reconnectGraceMs,
        reconcileIntervalSec,
      },
      // XState calls it as a method, so the port object serves as is.
      clock: adapter.clock,
    });
    this.actor = actor;
    // One listener for every emitted event: each `on(type)` costs the actor a Set of its own.
    actor.on('*', (emitted) => {
      if (emitted.type === 'live') this.events.next(emitted.event);
      else if (emitted.type === 'op') this.ops.settle(emitted);
      else if (emitted.type === 'linkMic') this.linkMic?.next(emitted.event);
      else this.roomPK?.next(emitted.event);
    });
    const state = new ValueHub<LiveRoomState>(liveRoomStateOf(actor.getSnapshot()));
    this.state = state;
    actor.subscribe((snapshot) => {
      const next = liveRoomStateOf(snapshot);
      if (stateChanged(next, state.getValue())) state.next(next);
    });
    actor.start();
    this.portEvents = subscribePortEvents(adapter as LiveRoomAdapter, actor, this.events);
    options.media?.(liveRoomMediaHost(this, options.adapter));
  }

  get events$(): Observable<LiveRoomEvent> {
    return this.events.asObservable();
  }

  get linkMicEvents$(): Observable<RequestOutcomeEvent> {
    this.linkMic ??= listener(this);
    return this.linkMic.asObservable();
  }

  get roomPKEvents$(): Observable<RequestOutcomeEvent> {
    this.roomPK ??= listener(this);
    return this.roomPK.asObservable();
  }

  get state$(): Observable<LiveRoomState> {
    return this.state.asObservable();
  }
}

/** A request listener; one first read after destroy is complete at once, as the others are. */
function listener(room: Room): EventHub<RequestOutcomeEvent> {
  const hub = new EventHub<RequestOutcomeEvent>();
  if (room.events.isStopped) hub.complete();
  return hub;
}

/** An instance, as the methods take it. */
export type Room = LiveRoomInstance<unknown>;
