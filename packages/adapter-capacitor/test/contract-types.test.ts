import type { PluginListenerHandle } from '@capacitor/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type EventName, eventSpecs, type PortEvent, type pluginEvents } from '../src/contract/events.js';
import {
  methodSpecs,
  type OptionsOf,
  type PluginMethod,
  type pluginMethods,
  type ResultOf,
} from '../src/contract/methods.js';
import { type PluginPorts, PORT_NAMES } from '../src/contract/ports.js';
import type { TypeOf } from '../src/contract/schema.js';
import type { PluginView, TrtcSmartEvents, TrtcSmartPlugin } from '../src/definitions.js';
import { PluginDouble } from './plugin-double.js';

/** Drops `readonly` (which arrays the port types mark readonly is no matter on the wire). */
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;
/** The same type up to readonly (optional fields included), however each side spells it. */
type Same<A, B> =
  (<T>() => T extends Plain<A> ? 1 : 2) extends <T>() => T extends Plain<B> ? 1 : 2 ? true : false;
type Table = typeof pluginMethods;
type Ports = PluginPorts<PluginView>;
type PortFn<M extends PluginMethod> = Ports[Table[M]['port']][Table[M]['method'] &
  keyof Ports[Table[M]['port']]];
type PortParams<M extends PluginMethod> =
  PortFn<M> extends (...args: infer A) => unknown ? (A extends [infer P] ? P : undefined) : never;
type PortResult<M extends PluginMethod> =
  PortFn<M> extends (...args: never[]) => Promise<infer R> ? R : never;
type Unwrapped<M extends PluginMethod> = Table[M] extends { result: { key: infer K } }
  ? ResultOf<M>[K & keyof ResultOf<M>]
  : Table[M] extends { result: object }
    ? ResultOf<M>
    : // biome-ignore lint/suspicious/noConfusingVoidType: what the port methods without a result resolve with.
      void;
type OptionsSchema<M extends PluginMethod> = Table[M] extends { options: infer S } ? TypeOf<S> : undefined;

/** Every plugin method whose options, result or run-time schema differ from its port method's. */
type MethodMismatches = {
  [M in PluginMethod]: Same<OptionsOf<M>, PortParams<M>> extends true
    ? Same<Unwrapped<M>, PortResult<M>> extends true
      ? Same<OptionsSchema<M>, OptionsOf<M>> extends true
        ? never
        : M
      : M
    : M;
}[PluginMethod];

type Entry<E extends EventName> = (typeof pluginEvents)[E];
type PortEventOf<E extends EventName> = Extract<
  PortEvent<Entry<E>['port']>,
  { readonly type: Entry<E>['type'] }
>;
type Fields<E extends EventName> = Omit<PortEventOf<E>, 'type'>;
/** What a port event carries besides its type; nothing is an empty record, as TrtcSmartEvents says. */
type Payload<E extends EventName> = [keyof Fields<E>] extends [never] ? Record<string, never> : Fields<E>;

/** Every plugin event whose payload (by definitions.ts or by its schema) differs from its port event's. */
type EventMismatches = {
  [E in EventName]: Same<TrtcSmartEvents[E], Payload<E>> extends true
    ? Same<TypeOf<Entry<E>['payload']>, TrtcSmartEvents[E]> extends true
      ? never
      : E
    : E;
}[EventName];

/**
 * One addListener call per event, each typed by its payload in TrtcSmartEvents: the mapped type
 * asks for every event, and each call compiles only against that event's own overload.
 */
const listenTo: {
  readonly [E in EventName]: (
    plugin: TrtcSmartPlugin,
    heard: (event: TrtcSmartEvents[E]) => void,
  ) => Promise<PluginListenerHandle>;
} = {
  sessionKickedOffline: (plugin, heard) => plugin.addListener('sessionKickedOffline', () => heard({})),
  sessionUserSigExpired: (plugin, heard) => plugin.addListener('sessionUserSigExpired', () => heard({})),
  sessionConnectionChanged: (plugin, heard) =>
    plugin.addListener('sessionConnectionChanged', (event: TrtcSmartEvents['sessionConnectionChanged']) =>
      heard(event),
    ),
  callInvited: (plugin, heard) =>
    plugin.addListener('callInvited', (event: TrtcSmartEvents['callInvited']) => heard(event)),
  callAccepted: (plugin, heard) =>
    plugin.addListener('callAccepted', (event: TrtcSmartEvents['callAccepted']) => heard(event)),
  callRejected: (plugin, heard) =>
    plugin.addListener('callRejected', (event: TrtcSmartEvents['callRejected']) => heard(event)),
  callCancelled: (plugin, heard) =>
    plugin.addListener('callCancelled', (event: TrtcSmartEvents['callCancelled']) => heard(event)),
  callTimedOut: (plugin, heard) =>
    plugin.addListener('callTimedOut', (event: TrtcSmartEvents['callTimedOut']) => heard(event)),
  callHungUp: (plugin, heard) =>
    plugin.addListener('callHungUp', (event: TrtcSmartEvents['callHungUp']) => heard(event)),
  callSwitchedToAudio: (plugin, heard) =>
    plugin.addListener('callSwitchedToAudio', (event: TrtcSmartEvents['callSwitchedToAudio']) =>
      heard(event),
    ),
  callMediaUserEntered: (plugin, heard) =>
    plugin.addListener('callMediaUserEntered', (event: TrtcSmartEvents['callMediaUserEntered']) =>
      heard(event),
    ),
  callMediaUserLeft: (plugin, heard) =>
    plugin.addListener('callMediaUserLeft', (event: TrtcSmartEvents['callMediaUserLeft']) => heard(event)),
  callMediaAudioAvailable: (plugin, heard) =>
    plugin.addListener('callMediaAudioAvailable', (event: TrtcSmartEvents['callMediaAudioAvailable']) =>
      heard(event),
    ),
  callMediaVideoAvailable: (plugin, heard) =>
    plugin.addListener('callMediaVideoAvailable', (event: TrtcSmartEvents['callMediaVideoAvailable']) =>
      heard(event),
    ),
  callMediaVolumes: (plugin, heard) =>
    plugin.addListener('callMediaVolumes', (event: TrtcSmartEvents['callMediaVolumes']) => heard(event)),
  callMediaNetworkQuality: (plugin, heard) =>
    plugin.addListener('callMediaNetworkQuality', (event: TrtcSmartEvents['callMediaNetworkQuality']) =>
      heard(event),
    ),
  callMediaConnectionChanged: (plugin, heard) =>
    plugin.addListener('callMediaConnectionChanged', (event: TrtcSmartEvents['callMediaConnectionChanged']) =>
      heard(event),
    ),
  callMediaConnectionLost: (plugin, heard) => plugin.addListener('callMediaConnectionLost', () => heard({})),
  callMediaError: (plugin, heard) =>
    plugin.addListener('callMediaError', (event: TrtcSmartEvents['callMediaError']) => heard(event)),
  liveRoomDestroyed: (plugin, heard) =>
    plugin.addListener('liveRoomDestroyed', (event: TrtcSmartEvents['liveRoomDestroyed']) => heard(event)),
  liveRoomStateChanged: (plugin, heard) =>
    plugin.addListener('liveRoomStateChanged', (event: TrtcSmartEvents['liveRoomStateChanged']) =>
      heard(event),
    ),
  liveMemberEntered: (plugin, heard) =>
    plugin.addListener('liveMemberEntered', (event: TrtcSmartEvents['liveMemberEntered']) => heard(event)),
  liveMemberLeft: (plugin, heard) =>
    plugin.addListener('liveMemberLeft', (event: TrtcSmartEvents['liveMemberLeft']) => heard(event)),
  liveRoomMessage: (plugin, heard) =>
    plugin.addListener('liveRoomMessage', (event: TrtcSmartEvents['liveRoomMessage']) => heard(event)),
  livePeerMessage: (plugin, heard) =>
    plugin.addListener('livePeerMessage', (event: TrtcSmartEvents['livePeerMessage']) => heard(event)),
  liveMediaAnchorEntered: (plugin, heard) =>
    plugin.addListener('liveMediaAnchorEntered', (event: TrtcSmartEvents['liveMediaAnchorEntered']) =>
      heard(event),
    ),
  liveMediaAnchorLeft: (plugin, heard) =>
    plugin.addListener('liveMediaAnchorLeft', (event: TrtcSmartEvents['liveMediaAnchorLeft']) =>
      heard(event),
    ),
  liveMediaConnectionChanged: (plugin, heard) =>
    plugin.addListener('liveMediaConnectionChanged', (event: TrtcSmartEvents['liveMediaConnectionChanged']) =>
      heard(event),
    ),
  liveMediaConnectionLost: (plugin, heard) => plugin.addListener('liveMediaConnectionLost', () => heard({})),
  liveMediaError: (plugin, heard) =>
    plugin.addListener('liveMediaError', (event: TrtcSmartEvents['liveMediaError']) => heard(event)),
  liveMediaWarning: (plugin, heard) =>
    plugin.addListener('liveMediaWarning', (event: TrtcSmartEvents['liveMediaWarning']) => heard(event)),
  liveMediaLog: (plugin, heard) =>
    plugin.addListener('liveMediaLog', (event: TrtcSmartEvents['liveMediaLog']) => heard(event)),
  mediaMusicProgress: (plugin, heard) =>
    plugin.addListener('mediaMusicProgress', (event: TrtcSmartEvents['mediaMusicProgress']) => heard(event)),
  mediaMusicComplete: (plugin, heard) =>
    plugin.addListener('mediaMusicComplete', (event: TrtcSmartEvents['mediaMusicComplete']) => heard(event)),
  mediaDeviceChange: (plugin, heard) =>
    plugin.addListener('mediaDeviceChange', (event: TrtcSmartEvents['mediaDeviceChange']) => heard(event)),
  mediaScreenShareStopped: (plugin, heard) => plugin.addListener('mediaScreenShareStopped', () => heard({})),
  mediaSubStreamAvailable: (plugin, heard) =>
    plugin.addListener('mediaSubStreamAvailable', (event: TrtcSmartEvents['mediaSubStreamAvailable']) =>
      heard(event),
    ),
  mediaStatistics: (plugin, heard) =>
    plugin.addListener('mediaStatistics', (event: TrtcSmartEvents['mediaStatistics']) => heard(event)),
};

describe('the contract equals core ports', () => {
  it('every method takes its port method params and returns its result (type level)', () => {
    expectTypeOf<MethodMismatches>().toEqualTypeOf<never>();
  });

  it('every event carries its port event and its schema accepts exactly that (type level)', () => {
    expectTypeOf<EventMismatches>().toEqualTypeOf<never>();
  });

  it('addListener has an overload for every event, with its payload type', async () => {
    const double = new PluginDouble(createFakeCloud().adapter('probe'));
    const handles = await Promise.all(
      Object.values(listenTo).map((listen) => listen(double, () => undefined)),
    );
    expect(double.listenerCount()).toBe(eventSpecs.length);
    await Promise.all(handles.map((handle) => handle.remove()));
    expect(double.listenerCount()).toBe(0);
  });

  it("every port method and event of the fake cloud's adapter has exactly one plugin method and event", () => {
    const device = createFakeCloud().adapter('probe');
    const ports = device as unknown as PluginPorts<unknown>;
    const portMethods = PORT_NAMES.flatMap((port) =>
      Object.keys(ports[port])
        .filter((key) => key !== 'events$' && key !== 'platform')
        .map((method) => `${port}.${method}`),
    );
    const tableMethods = [...methodSpecs.values()].map((spec) => `${spec.port}.${spec.method}`);
    expect(tableMethods.sort()).toEqual(portMethods.sort());
    expect(new Set(tableMethods).size).toBe(tableMethods.length);
    const eventKeys = eventSpecs.map((spec) => `${spec.port}.${spec.type}`);
    expect(new Set(eventKeys).size).toBe(eventSpecs.length);
  });
});
