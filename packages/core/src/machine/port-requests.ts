/**
 * What a layer of the field adapter does around each request: `first` is the request as made,
 * `again` makes it once more (a layer that retries).
 */
export type AroundRequest = (
  first: Promise<unknown>,
  again: () => Promise<unknown>,
  what: string,
) => Promise<unknown>;

/**
 * The port with each of its requests (a method returning a promise) through `around`, named
 * `port.method`; other members as they are. A method that throws rejects instead.
 */
export function aroundRequests<P extends object>(port: P, name: string, around: AroundRequest): P {
  return new Proxy(port, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        const call = (): unknown => {
          try {
            return value.apply(target, args);
          } catch (error) {
            return Promise.reject(error);
          }
        };
        const work = call();
        return work instanceof Promise
          ? around(work, call as () => Promise<unknown>, `${name}.${key}`)
          : work;
      };
    },
  });
}

/**
 * A layer over the adapter: the named ports' requests through `around` (each port wrapped when
 * first used), everything else read from the adapter, `overrides` in place of their members.
 */
export function aroundPorts<A extends object>(
  adapter: A,
  ports: readonly (keyof A & string)[],
  around: AroundRequest,
  overrides: Partial<A> = {},
): A {
  const members: PropertyDescriptorMap = {};
  for (const name of ports) {
    let port: object | undefined;
    members[name] = {
      get: () => {
        port ??= aroundRequests(adapter[name] as object, name, around);
        return port;
      },
    };
  }
  for (const [name, value] of Object.entries(overrides)) members[name] = { value };
  return Object.create(adapter, members) as A;
}
