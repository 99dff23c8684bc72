import { ErrorCode, TrtcSmartError } from '../domain/errors.js';
import type { ClockPort } from '../ports/clock.port.js';
import { aroundRequests } from './port-requests.js';

/**
 * Every request to a port gets a deadline, so nothing waits forever on a platform that never
 * answers (the chat SDK's login without a network took about 90 s to fail): past it the request
 * fails with NETWORK_TIMEOUT naming the port method; a late answer is ignored.
 */
export function withDeadline<T>(clock: ClockPort, ms: number, what: string, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = clock.setTimeout(() => {
      reject(
        new TrtcSmartError(
          ErrorCode.NETWORK_TIMEOUT,
          `${what}: the platform gave no answer within ${ms / 1000} s`,
        ),
      );
    }, ms);
    work.then(
      (value) => {
        clock.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clock.clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The adapter as core uses it, with a deadline on each request of the named ports. Every property
 * is read from the adapter when first used (a lazily built port stays unbuilt until then).
 */
export function withDeadlines<A extends { readonly clock: ClockPort }>(
  adapter: A,
  ports: readonly (keyof A & string)[],
  others: readonly (keyof A & string)[],
  ms: number,
): A {
  const wrapped = {} as A;
  for (const name of ports) {
    let port: object | undefined;
    Object.defineProperty(wrapped, name, {
      get: () => {
        port ??= deadlinePort(adapter[name] as object, name, adapter.clock, ms);
        return port;
      },
    });
  }
  for (const name of others) Object.defineProperty(wrapped, name, { get: () => adapter[name] });
  return wrapped;
}

function deadlinePort<P extends object>(port: P, name: string, clock: ClockPort, ms: number): P {
  return aroundRequests(port, name, (work, _, what) => withDeadline(clock, ms, what, work));
}
