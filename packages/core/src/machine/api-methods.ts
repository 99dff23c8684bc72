import { attempt } from './ops.js';

/** One method of a promise API, written once for every instance: given the instance, the app's params (not yet checked) and the method's own name, for messages. */
export type MethodOf<I> = (instance: I, params: unknown, method: string) => Promise<unknown>;

/**
 * Defines `name` on a class's prototype as a getter that makes the instance's own value on first
 * read and keeps it: `const { login } = api` and callbacks such as `onClick={api.hangup}` work,
 * `api.login === api.login`, and only the methods an app uses cost an instance memory.
 */
export function defineOnFirstRead<I extends object>(
  prototype: I,
  name: string,
  make: (instance: I) => unknown,
): void {
  Object.defineProperty(prototype, name, {
    configurable: true,
    get(this: I) {
      const value = make(this);
      Object.defineProperty(this, name, { value, configurable: true, writable: true });
      return value;
    },
  });
}

/** Installs an API's method table; a synchronous throw (bad input, wrong state) becomes a rejection. */
export function installMethods<I extends object>(prototype: I, methods: object): void {
  for (const [name, run] of Object.entries(methods) as [string, MethodOf<I>][]) {
    defineOnFirstRead(
      prototype,
      name,
      (instance) => (params?: unknown) => attempt(() => run(instance, params, name)),
    );
  }
}
