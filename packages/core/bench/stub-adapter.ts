import { Subject } from 'rxjs';
import { rectViewRule } from '../src/adapter-kit.js';
import type { CallingAdapter, CallMediaEvent, Rect } from '../src/index.js';

/** An adapter whose ports answer at once, so a benchmark measures core alone. */
export function stubAdapter(): { adapter: CallingAdapter<Rect>; media$: Subject<CallMediaEvent> } {
  const media$ = new Subject<CallMediaEvent>();
  const done = () => Promise.resolve();
  const adapter: CallingAdapter<Rect> = {
    session: { login: done, logout: done, events$: new Subject() },
    callSignaling: {
      invite: done,
      accept: done,
      reject: done,
      cancel: done,
      hangup: done,
      switchToAudio: done,
      events$: new Subject(),
    },
    callMedia: {
      enterRoom: done,
      exitRoom: done,
      openCamera: done,
      closeCamera: done,
      switchCamera: done,
      setMicMute: done,
      setHandsFree: done,
      startRemoteView: done,
      stopRemoteView: done,
      events$: media$,
    },
    clock: { now: () => 0, setTimeout: () => 0, clearTimeout: () => undefined },
    random: { next: () => 0.5 },
    views: rectViewRule,
  };
  return { adapter, media$ };
}
