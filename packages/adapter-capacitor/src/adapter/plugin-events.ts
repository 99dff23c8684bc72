import type { PluginListenerHandle } from '@capacitor/core';
import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { Observable, type ReplaySubject, share, takeUntil } from 'rxjs';
import { eventSpecs, type PortEvent } from '../contract/events.js';
import { fromPluginError } from '../contract/plugin-error.js';
import type { PortName } from '../contract/ports.js';
import type { TrtcSmartPlugin } from '../definitions.js';

type Listen = (eventName: string, listener: (payload: unknown) => void) => Promise<PluginListenerHandle>;

/**
 * A port's events from the plugin's: listeners are added when the port's events$ is first
 * subscribed (so an invitation the plugin retained reaches core, not an adapter nobody listens
 * to yet), shared by every subscriber, and removed when the last one leaves or on `destroyed$`.
 * A payload that breaks the contract, or a listener the plugin refused, is reported to `report`.
 */
export function pluginEvents<P extends PortName>(
  plugin: TrtcSmartPlugin,
  port: P,
  destroyed$: ReplaySubject<void>,
  report: (error: TrtcSmartError) => void,
): Observable<PortEvent<P>> {
  const specs = eventSpecs.filter((spec) => spec.port === port);
  return new Observable<PortEvent<P>>((subscriber) => {
    const listen = plugin.addListener.bind(plugin) as Listen;
    const handles = specs.map((spec) => {
      const handle = listen(spec.name, (payload) => {
        // A payload-less event may arrive as undefined from a bridge that drops `{}`.
        const data = payload ?? {};
        const problem = spec.payload.problem(data, spec.name, false);
        if (problem !== undefined)
          return report(new TrtcSmartError(ErrorCode.MALFORMED_ADAPTER_DATA, problem));
        subscriber.next({ ...(data as object), type: spec.type } as PortEvent<P>);
      });
      handle.catch((error: unknown) => report(fromPluginError(`addListener('${spec.name}')`, error)));
      return handle;
    });
    return () => {
      // Nobody is left to hear a failed removal: the adapter or its last subscriber is gone.
      for (const handle of handles) handle.then((h) => h.remove()).catch(() => undefined);
    };
  }).pipe(takeUntil(destroyed$), share());
}
