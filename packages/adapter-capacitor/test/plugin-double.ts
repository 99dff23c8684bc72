import type { Rect } from '@trtc-smart/core';
import { rectViewRule } from '@trtc-smart/core/adapter-kit';
import type { MediaControlsPort } from '@trtc-smart/core/media';
import type { FakeAdapter } from '@trtc-smart/testkit';
import { eventSpecs } from '../src/contract/events.js';
import { methodSpecs, optionsProblem, type PluginMethod } from '../src/contract/methods.js';
import type { TrtcSmartPlugin } from '../src/definitions.js';
import { PortsPlugin } from '../src/ports-plugin.js';

/** What crossing a Capacitor bridge does to a value: JSON out, JSON in. */
const overTheBridge = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/**
 * The TrtcSmart plugin as a native build would be, served over one fake-cloud device. It is typed
 * as the contract (`implements` through PortsPlugin), and checks at run time every method call's
 * name and options and every event's name and payload against the contract's tables, recording
 * each breach in `violations` (the plugin itself also refuses bad options, as a native build may).
 */
export class PluginDouble extends PortsPlugin<Rect> implements TrtcSmartPlugin {
  readonly violations: string[] = [];
  readonly calls: { readonly method: PluginMethod; readonly options: unknown }[] = [];

  constructor(device: FakeAdapter) {
    super(rectViewRule, 'unserved');
    // The fake device builds its media port on first use; FakeAdapter's type leaves it optional.
    this.serve(device as FakeAdapter & { readonly media: MediaControlsPort<Rect> });
  }

  /** The listeners the plugin holds now, over every event. */
  listenerCount(): number {
    return Object.values(this.listeners).reduce((n, list) => n + list.length, 0);
  }

  /** Notifies as native would: the payload checked against the contract, then sent over the bridge. */
  protected override notifyListeners(eventName: string, data: unknown, retainUntilConsumed?: boolean): void {
    const spec = eventSpecs.find((s) => s.name === eventName);
    const problem = spec
      ? spec.payload.problem(data, eventName, true)
      : `${eventName}: is not an event of the contract`;
    if (problem !== undefined) this.violations.push(`event ${problem}`);
    super.notifyListeners(eventName, overTheBridge(data), retainUntilConsumed);
  }

  /** This double as the app sees a plugin: every method call checked and carried over the bridge. */
  asPlugin(): TrtcSmartPlugin {
    const served = this as unknown as Record<string, (...args: unknown[]) => unknown>;
    return new Proxy(this, {
      get: (target, prop, receiver) => {
        if (typeof prop !== 'string') return Reflect.get(target, prop, receiver);
        if (prop === 'addListener') {
          return (eventName: string, listener: (payload: unknown) => void) => {
            if (!eventSpecs.some((s) => s.name === eventName))
              this.violations.push(`addListener: no event ${eventName}`);
            return target.addListener(eventName, listener);
          };
        }
        if (prop === 'removeAllListeners') return () => target.removeAllListeners();
        if (!methodSpecs.has(prop as PluginMethod)) {
          this.violations.push(`${prop}: is not a method of the contract`);
          return undefined;
        }
        return async (...args: unknown[]) => {
          const options = args[0];
          const problem =
            args.length > 1 ? `${prop}: takes one options object` : optionsProblem(prop, options);
          if (problem !== undefined) this.violations.push(`call ${problem}`);
          this.calls.push({ method: prop as PluginMethod, options });
          return overTheBridge(await served[prop]?.(overTheBridge(options)));
        };
      },
    }) as unknown as TrtcSmartPlugin;
  }
}
