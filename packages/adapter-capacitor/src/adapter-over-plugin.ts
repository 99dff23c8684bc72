import type {
  CallingAdapter,
  ClockPort,
  LiveRoomAdapter,
  RandomPort,
  TrtcSmartError,
} from '@trtc-smart/core';
import type { MediaControlsPort } from '@trtc-smart/core/media';
import { map, merge, ReplaySubject, Subject, takeUntil } from 'rxjs';
import { unimplementedAsNotSupported } from './adapter/media-support.js';
import { callPlugin } from './adapter/plugin-call.js';
import { pluginEvents } from './adapter/plugin-events.js';
import { methodSpecs, type PluginMethod } from './contract/methods.js';
import type { PluginPorts, PortName } from './contract/ports.js';
import type { PluginView, TrtcSmartPlugin } from './definitions.js';
import { type CapacitorPlatform, viewRuleFor } from './views.js';

/** Options of `createCapacitorAdapter`: the plugin, the view platform and the clock. */
export interface CapacitorAdapterOptions {
  /** The TrtcSmart plugin; defaults to the one registered with Capacitor. */
  readonly plugin?: TrtcSmartPlugin;
  /** Picks the views: rects on 'native', element ids on 'web'. Defaults to Capacitor's platform. */
  readonly platform?: CapacitorPlatform;
  /** Defaults to the web view's timers and Date.now. */
  readonly clock?: ClockPort;
  /** Defaults to Math.random. */
  readonly random?: RandomPort;
}

/** The adapter `createCapacitorAdapter` returns: core's ports over the TrtcSmart plugin. */
export interface CapacitorAdapter extends CallingAdapter<PluginView>, LiveRoomAdapter<PluginView> {
  /**
   * The media controls over the plugin's media methods and events (`media: mediaControls` on
   * createCalling / createLiveRoom); a feature the plugin lacks rejects NOT_SUPPORTED.
   */
  readonly media: MediaControlsPort<PluginView>;
  /** Removes every plugin listener and ends the ports' events; the adapter is unusable afterwards. */
  destroy(): void;
}

const webViewClock: ClockPort = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

type MediaPort = 'callMedia' | 'liveMedia';

/** Which media port reports a malformed event of each port (core hears adapter trouble as a media error). */
const reportedOn: Readonly<Record<PortName, readonly MediaPort[]>> = {
  session: ['callMedia', 'liveMedia'],
  callSignaling: ['callMedia'],
  callMedia: ['callMedia'],
  liveSignaling: ['liveMedia'],
  liveMedia: ['liveMedia'],
  media: ['callMedia', 'liveMedia'],
};

/** Core's ports over a TrtcSmart plugin; index.ts's createCapacitorAdapter picks the defaults. */
export function adapterOverPlugin(
  options: CapacitorAdapterOptions & {
    readonly plugin: TrtcSmartPlugin;
    readonly platform: CapacitorPlatform;
  },
): CapacitorAdapter {
  const { plugin } = options;
  const platform = `Capacitor (${options.platform})`;
  const destroyed$ = new ReplaySubject<void>(1);
  const errors = { callMedia: new Subject<TrtcSmartError>(), liveMedia: new Subject<TrtcSmartError>() };

  const mediaErrors = (media: MediaPort) =>
    errors[media].pipe(
      map((error) => ({ type: 'error' as const, code: error.code, message: error.message })),
      takeUntil(destroyed$),
    );

  const port = <P extends PortName>(name: P): PluginPorts<PluginView>[P] => {
    const report = (error: TrtcSmartError) => {
      for (const media of reportedOn[name]) errors[media].next(error);
    };
    const events$ = pluginEvents(plugin, name, destroyed$, report);
    const media = name === 'callMedia' || name === 'liveMedia' ? (name as MediaPort) : undefined;
    const methods = [...methodSpecs]
      .filter(([, spec]) => spec.port === name)
      .map(([method, spec]) => [
        spec.method,
        name === 'media'
          ? (params?: unknown) =>
              unimplementedAsNotSupported(
                callPlugin(plugin, method as PluginMethod, params),
                method,
                platform,
              )
          : (params?: unknown) => callPlugin(plugin, method as PluginMethod, params),
      ]);
    // Sound: test/contract-types.test.ts proves every table entry's options, result and events equal to its port's.
    return {
      ...Object.fromEntries(methods),
      ...(name === 'media' ? { platform } : {}),
      events$: media === undefined ? events$ : merge(events$, mediaErrors(media)),
    } as unknown as PluginPorts<PluginView>[P];
  };

  return {
    session: port('session'),
    callSignaling: port('callSignaling'),
    callMedia: port('callMedia'),
    liveSignaling: port('liveSignaling'),
    liveMedia: port('liveMedia'),
    media: port('media'),
    clock: options.clock ?? webViewClock,
    random: options.random ?? { next: () => Math.random() },
    views: viewRuleFor(options.platform),
    destroy: () => {
      destroyed$.next();
      destroyed$.complete();
    },
  };
}
