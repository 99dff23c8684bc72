import type { Subscription } from 'rxjs';
import type { Calling } from '../calling/create-calling.js';
import type { CallingEvent } from '../domain/calling-events.js';
import { type Seeded, type SeedListener, type SeedMethod, seedMethod, withView } from './seed-callback.js';

/**
 * The seed plugin's `calling` object, method by method: each takes the typed API's params (a `rect`
 * where it takes a `view`) and calls back `(ret, err)` with `ret = {status: true}`.
 */
export interface CallingSeedModule {
  init: SeedMethod;
  /** Every calling event reaches the callback as `ret = {eventType, ...}`, one of CallingEvent. */
  setCallingListener: SeedListener<CallingEvent>;
  removeCallingListener: SeedMethod;
  destroy: Seeded<Calling, 'destroy'>;
  login: Seeded<Calling, 'login'>;
  logout: Seeded<Calling, 'logout'>;
  call: Seeded<Calling, 'call'>;
  groupCall: Seeded<Calling, 'groupCall'>;
  accept: Seeded<Calling, 'accept'>;
  reject: Seeded<Calling, 'reject'>;
  hangup: Seeded<Calling, 'hangup'>;
  startRemoteView: Seeded<Calling, 'startRemoteView'>;
  stopRemoteView: Seeded<Calling, 'stopRemoteView'>;
  openCamera: Seeded<Calling, 'openCamera'>;
  switchCamera: Seeded<Calling, 'switchCamera'>;
  closeCamera: Seeded<Calling, 'closeCamera'>;
  setMicMute: Seeded<Calling, 'setMicMute'>;
  setHandsFree: Seeded<Calling, 'setHandsFree'>;
  switchToAudio: Seeded<Calling, 'switchToAudio'>;
}

/**
 * Code written for the native tencentTrtcSmart plugin runs unchanged on this object. Params are
 * passed through untouched, so validation and errors are exactly the typed API's.
 */
export function toCallingSeedModule(calling: Calling): CallingSeedModule {
  let listener: Subscription | undefined;
  const removeListener = () => {
    listener?.unsubscribe();
    listener = undefined;
  };
  // The typed API validates every field at run time, so untyped seed params go straight in.
  const api = calling as unknown as Record<string, (params?: unknown) => Promise<void>>;
  const pass = (name: keyof Calling) =>
    seedMethod((params) => (api[name] as (p: unknown) => Promise<void>)(params));

  return {
    init: seedMethod(async () => undefined),
    setCallingListener: (_params, callback) => {
      removeListener();
      if (callback) listener = calling.events$.subscribe((event) => callback(event));
    },
    removeCallingListener: seedMethod(async () => removeListener()),
    destroy: seedMethod(async () => {
      removeListener();
      await calling.destroy();
    }),
    login: pass('login'),
    logout: pass('logout'),
    call: pass('call'),
    groupCall: pass('groupCall'),
    accept: pass('accept'),
    reject: pass('reject'),
    hangup: pass('hangup'),
    startRemoteView: seedMethod((params) => calling.startRemoteView(withView(params) as never)),
    stopRemoteView: pass('stopRemoteView'),
    openCamera: seedMethod((params) => calling.openCamera(withView(params) as never)),
    switchCamera: pass('switchCamera'),
    closeCamera: pass('closeCamera'),
    setMicMute: pass('setMicMute'),
    setHandsFree: pass('setHandsFree'),
    switchToAudio: pass('switchToAudio'),
  };
}
