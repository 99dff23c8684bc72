import type { Observer } from 'rxjs';

/** A port event renamed into the machine's namespace: `{type: 'x'}` becomes `{type: 'sig.x'}`. */
export type Prefixed<P extends string, E extends { type: string }> = E extends {
  type: infer T extends string;
}
  ? Omit<E, 'type'> & { readonly type: `${P}.${T}` }
  : never;

/** A machine's actor, as port events reach it. */
export interface PortEventTarget {
  /** Any machine's `send`: the prefixed events are the ones its port-event union declares. */
  send(event: never): void;
  getSnapshot(): { readonly status: string };
}

/** The actor has not stopped (destroyed, or never started). */
export const isRunning = (machine: PortEventTarget): boolean => machine.getSnapshot().status === 'active';

/**
 * A port's events into a machine, renamed into its namespace, and dropped once the machine stopped.
 * Both APIs subscribe their machine to the ports with these small observer objects (no invoked
 * child actor, operator chain or closures): a page of 10,000 simulated users pays for each one.
 */
export class Prefixing<E extends { readonly type: string }> implements Partial<Observer<E>> {
  constructor(
    private readonly machine: PortEventTarget,
    private readonly prefix: string,
  ) {}

  next(e: E): void {
    if (isRunning(this.machine)) this.machine.send({ ...e, type: `${this.prefix}.${e.type}` } as never);
  }
}
