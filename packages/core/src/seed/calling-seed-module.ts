import type { Subscription } from 'rxjs';
import type { CallingWithMedia } from '../calling/calling-media.js';
import type { Calling } from '../calling/create-calling.js';
import type { CallingEvent } from '../domain/calling-events.js';
import type { MediaEvent } from '../media/media-types.js';
import { type MediaSeedMethods, mediaSeedMethods } from './media-seed-methods.js';
import { type Seeded, type SeedListener, type SeedMethod, seedMethod, withView } from './seed-callback.js';

/**
 * The seed plugin's `calling` object, method by method: each takes the typed API's params (a `rect`
 * where it takes a `view`) and calls back `(ret, err)` with `ret = {status: true}`. The media
 * methods work on an instance created with `media: mediaControls`; its listener then gets the
 * media events too (`Event` is `CallingEvent | MediaEvent`).
 */
export interface CallingSeedModule<Event = CallingEvent> extends MediaSeedMethods {
  /** Kept for the seed's call order: the instance is ready when created, so it only calls back. */
  init: SeedMethod;
  /** Every calling event reaches the callback as `ret = {eventType, ...}`, one of CallingEvent. */
  setCallingListener: SeedListener<Event>;
  /** Stops the listener set by `setCallingListener`. */
  removeCallingListener: SeedMethod;
  /** {@link Calling.destroy}, in the seed's callback style. */
  destroy: Seeded<Calling, 'destroy'>;
  /** {@link Calling.login}, in the seed's callback style. */
  login: Seeded<Calling, 'login'>;
  /** {@link Calling.logout}, in the seed's callback style. */
  logout: Seeded<Calling, 'logout'>;
  /** {@link Calling.call}, in the seed's callback style. */
  call: Seeded<Calling, 'call'>;
  /** {@link Calling.groupCall}, in the seed's callback style. */
  groupCall: Seeded<Calling, 'groupCall'>;
  /** {@link Calling.accept}, in the seed's callback style. */
  accept: Seeded<Calling, 'accept'>;
  /** {@link Calling.reject}, in the seed's callback style. */
  reject: Seeded<Calling, 'reject'>;
  /** {@link Calling.hangup}, in the seed's callback style. */
  hangup: Seeded<Calling, 'hangup'>;
  /** {@link Calling.startRemoteView}, in the seed's callback style (`streamType: 'sub'` with media controls). */
  startRemoteView: Seeded<CallingWithMedia, 'startRemoteView'>;
  /** {@link Calling.stopRemoteView}, in the seed's callback style. */
  stopRemoteView: Seeded<CallingWithMedia, 'stopRemoteView'>;
  /** {@link Calling.openCamera}, in the seed's callback style. */
  openCamera: Seeded<Calling, 'openCamera'>;
  /** {@link Calling.switchCamera}, in the seed's callback style. */
  switchCamera: Seeded<Calling, 'switchCamera'>;
  /** {@link Calling.closeCamera}, in the seed's callback style. */
  closeCamera: Seeded<Calling, 'closeCamera'>;
  /** {@link Calling.setMicMute}, in the seed's callback style. */
  setMicMute: Seeded<Calling, 'setMicMute'>;
  /** {@link Calling.setHandsFree}, in the seed's callback style. */
  setHandsFree: Seeded<Calling, 'setHandsFree'>;
  /** {@link Calling.switchToAudio}, in the seed's callback style. */
  switchToAudio: Seeded<Calling, 'switchToAudio'>;
}

/**
 * Code written for the native tencentTrtcSmart plugin runs unchanged on this object. Params are
 * passed through untouched, so validation and errors are exactly the typed API's.
 */
export function toCallingSeedModule(calling: Calling): CallingSeedModule;
export function toCallingSeedModule(calling: CallingWithMedia): CallingSeedModule<CallingEvent | MediaEvent>;
export function toCallingSeedModule(
  instance: Calling | CallingWithMedia,
): CallingSeedModule<CallingEvent | MediaEvent> {
  // Both shapes have the same methods at run time; the media ones are read by mediaSeedMethods.
  const calling = instance as Calling;
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
    ...mediaSeedMethods(calling),
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
