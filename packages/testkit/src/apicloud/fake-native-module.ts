import { type Calling, createCalling, createLiveRoom, type LiveRoom, type Rect } from '@trtc-smart/core';
import { toLiveRoomSeedModule, toSeedModule } from '@trtc-smart/core/seed';
import type { FakeAdapter, FakeCloud } from '../create-fake-cloud.js';
import { type NativeCallRecord, type NativeFault, record } from './native-call-log.js';

/** The seed's callback: `ret` on success, `err` on failure. */
export type NativeCallback = (ret?: unknown, err?: unknown) => void;
/** One native method: params and the seed's callback. */
export type NativeMethod = (params?: unknown, callback?: NativeCallback) => void;
/** A native object as the app sees it: the seed's methods by name. */
export type FakeNativeObject = Readonly<Record<string, NativeMethod>>;

/** The listener callbacks the app registered, by setter. */
export type NativeListener =
  | 'setCallingListener'
  | 'setLiveRoomListener'
  | 'setLinkMicListener'
  | 'setRoomPKListener';

/** A fake `tencentTrtcSmart` APICloud native module on the fake cloud, for adapter-apicloud's tests. */
export interface FakeNativeModule {
  /** What `api.require('tencentTrtcSmart')` returns: the seed's `calling` and `liveRoom` objects. */
  readonly module: { readonly calling: FakeNativeObject; readonly liveRoom: FakeNativeObject };
  /** The native engine's device in the fake cloud (its clock and random serve the app's adapter too). */
  readonly device: FakeAdapter;
  /** The native engine's own state, for assertions. */
  readonly engine: { readonly calling: Calling<Rect>; readonly liveRoom: LiveRoom<Rect> };
  /** Every call the app made, in order, params deep-copied as passed. */
  readonly calls: readonly NativeCallRecord[];
  /** The next call of `module.method` answers with `fault` instead of reaching the engine. */
  failNext(module: NativeCallRecord['module'], method: string, fault: NativeFault): void;
  /** Calls a registered listener with raw arguments, as a faulty plugin might. */
  emit(listener: NativeListener, ret: unknown, err?: unknown): void;
}

/**
 * A native tencentTrtcSmart module that behaves as the seed documents it, driven by the fake
 * cloud: its engine is core's own seed module (`toSeedModule(createCalling(...))` and
 * `toLiveRoomSeedModule(createLiveRoom(...))`) on one fake device, so it keeps its own state as a
 * real plugin does and speaks the seed's callback shapes, listener events and `err {code, msg}`.
 * Every call is logged; faults make a method answer with an error, malformed data, nothing or a throw.
 */
export function createFakeNativeModule(cloud: FakeCloud, label: string): FakeNativeModule {
  const device = cloud.adapter(label);
  const calling = createCalling({ adapter: device });
  const liveRoom = createLiveRoom({ adapter: device });
  const engines = {
    calling: toSeedModule(calling) as unknown as Record<string, NativeMethod>,
    liveRoom: toLiveRoomSeedModule(liveRoom) as unknown as Record<string, NativeMethod>,
  };
  const calls: NativeCallRecord[] = [];
  const faults = new Map<string, NativeFault[]>();
  const listeners = new Map<NativeListener, NativeCallback>();

  const method =
    (module: NativeCallRecord['module'], name: string): NativeMethod =>
    (params, callback) => {
      calls.push(record(module, name, params));
      if (name.endsWith('Listener') && name.startsWith('set') && callback)
        listeners.set(name as NativeListener, callback);
      const fault = faults.get(`${module}.${name}`)?.shift();
      if (fault) return answerWith(fault, callback);
      (engines[module][name] as NativeMethod)(params, callback);
    };
  const wrap = (module: NativeCallRecord['module']): FakeNativeObject =>
    Object.fromEntries(Object.keys(engines[module]).map((name) => [name, method(module, name)]));

  return {
    module: { calling: wrap('calling'), liveRoom: wrap('liveRoom') },
    device,
    engine: { calling, liveRoom },
    calls,
    failNext(module, name, fault) {
      const key = `${module}.${name}`;
      faults.set(key, [...(faults.get(key) ?? []), fault]);
    },
    emit(listener, ret, err) {
      const callback = listeners.get(listener);
      if (!callback) throw new Error(`emit: the app set no ${listener} callback`);
      callback(ret, err);
    },
  };
}

function answerWith(fault: NativeFault, callback: NativeCallback | undefined): void {
  switch (fault.kind) {
    case 'err':
      callback?.(undefined, { code: fault.code, msg: fault.msg });
      return;
    case 'callback':
      callback?.(...fault.args);
      return;
    case 'silent':
      return;
    case 'throw':
      throw new Error(fault.message);
  }
}
