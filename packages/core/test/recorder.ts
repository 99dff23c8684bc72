import type { Observer } from 'rxjs';

/** An observer that writes what it saw, in order, to a log shared by a scenario's subscribers. */
export function recorder(log: string[], name: string): Partial<Observer<unknown>> {
  return {
    next: (value) => log.push(`${name} next ${String(value)}`),
    error: (error) => log.push(`${name} error ${String(error)}`),
    complete: () => log.push(`${name} complete`),
  };
}
