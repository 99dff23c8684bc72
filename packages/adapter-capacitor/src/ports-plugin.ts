import { type ListenerCallback, type PluginListenerHandle, WebPlugin } from '@capacitor/core';
import { ErrorCode, TrtcSmartError, type ViewRule } from '@trtc-smart/core';
import { toTrtcSmartError } from '@trtc-smart/core/adapter-kit';
import { map, merge, type Observable, type Subscription } from 'rxjs';
import { eventSpecOf, eventSpecs } from './contract/events.js';
import { methodSpecs, optionsProblem, type PluginMethod } from './contract/methods.js';
import { toPluginError } from './contract/plugin-error.js';
import { type PluginPorts, PORT_NAMES, type PortName } from './contract/ports.js';
import type { TrtcSmartPlugin } from './definitions.js';

type PluginMethods = Pick<TrtcSmartPlugin, PluginMethod>;

/** The media controls' events: a platform measures and reports them only while someone listens. */
const mediaEvents = eventSpecs.filter((spec) => spec.port === 'media').map((spec) => spec.name);

/**
 * The TrtcSmart plugin served over core's ports in JS: each method checks its options against the
 * contract and calls the port method its table entry names; each port event is notified under its
 * plugin event name. web.ts serves adapter-web's ports with it; tests serve the fake cloud's.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the methods are defined on the prototype from the method table.
export class PortsPlugin<View> extends WebPlugin {
  #ports: PluginPorts<View> | undefined;
  #events: Subscription | undefined;
  #mediaEvents: Subscription | undefined;

  constructor(
    private readonly views: ViewRule<View>,
    /** Why a method fails before `serve` has ports to call. */
    private readonly unserved: string,
  ) {
    super();
  }

  static {
    for (const name of methodSpecs.keys()) {
      Object.defineProperty(PortsPlugin.prototype, name, {
        value(this: PortsPlugin<unknown>, options?: unknown) {
          return this.#call(name, options);
        },
        writable: true,
        configurable: true,
      });
    }
  }

  /**
   * Serves these ports from now on (replacing any served before), or none. The media port's events
   * are subscribed only while a media event has a listener (statistics tick only then).
   */
  protected serve(ports: PluginPorts<View> | undefined): void {
    this.#events?.unsubscribe();
    this.#mediaEvents?.unsubscribe();
    this.#mediaEvents = undefined;
    this.#ports = ports;
    if (ports === undefined) return;
    const tagged = PORT_NAMES.filter((port) => port !== 'media').map((port) =>
      (ports[port].events$ as Observable<{ readonly type: string }>).pipe(map((event) => ({ port, event }))),
    );
    this.#events = merge(...tagged).subscribe(({ port, event }) => this.#notify(port, event));
    this.#listenToMedia();
  }

  override async addListener(
    eventName: string,
    listenerFunc: ListenerCallback,
  ): Promise<PluginListenerHandle> {
    const handle = await super.addListener(eventName, listenerFunc);
    this.#listenToMedia();
    return {
      remove: async () => {
        await handle.remove();
        this.#listenToMedia();
      },
    };
  }

  override async removeAllListeners(): Promise<void> {
    await super.removeAllListeners();
    this.#listenToMedia();
  }

  #listenToMedia(): void {
    const ports = this.#ports;
    const wanted = ports !== undefined && mediaEvents.some((name) => this.hasListeners(name));
    if (wanted && this.#mediaEvents === undefined) {
      this.#mediaEvents = ports.media.events$.subscribe((event) => this.#notify('media', event));
    } else if (!wanted && this.#mediaEvents !== undefined) {
      this.#mediaEvents.unsubscribe();
      this.#mediaEvents = undefined;
    }
  }

  #notify(port: PortName, event: { readonly type: string }): void {
    const spec = eventSpecOf(port, event.type);
    if (spec === undefined) return;
    const { type: _, ...payload } = event;
    const retain = spec.retainUntilConsumed === true;
    // WebPlugin retains an event only while it has never had a listener: the empty list its last
    // removed listener leaves behind would drop the event and skip the replay on the next one.
    if (retain && !this.hasListeners(spec.name)) delete this.listeners[spec.name];
    this.notifyListeners(spec.name, payload, retain);
  }

  async #call(name: PluginMethod, options: unknown): Promise<unknown> {
    const spec = methodSpecs.get(name);
    const ports = this.#ports;
    if (spec === undefined || ports === undefined) {
      throw toPluginError(new TrtcSmartError(ErrorCode.INVALID_STATE, `${name}: ${this.unserved}`));
    }
    const problem = optionsProblem(name, options) ?? this.#viewProblem(options);
    if (problem !== undefined) throw toPluginError(new TrtcSmartError(ErrorCode.INVALID_PARAMETER, problem));
    const port = ports[spec.port] as unknown as Record<string, (options?: unknown) => Promise<unknown>>;
    try {
      const result = await port[spec.method]?.(options);
      if (spec.result === undefined) return undefined;
      const { key, schema } = spec.result;
      return key === undefined ? schema.strip(result) : { [key]: result };
    } catch (error) {
      throw toPluginError(toTrtcSmartError(error));
    }
  }

  /** The contract takes a rect or an element id; the platform serving it takes one of the two. */
  #viewProblem(options: unknown): string | undefined {
    if (options === null || typeof options !== 'object' || !('view' in options)) return undefined;
    const { view } = options;
    if (this.views.check(view)) return undefined;
    const detail = this.views.explain(view);
    return `view: must be ${this.views.describe}${detail ? ` (${detail})` : ''}`;
  }
}

// biome-ignore lint/correctness/noUnusedVariables: a merged declaration repeats the class's type parameter.
export interface PortsPlugin<View> extends PluginMethods {}
