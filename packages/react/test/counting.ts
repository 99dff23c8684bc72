import type { FakeAdapter } from '@trtc-smart/testkit';
import { Observable } from 'rxjs';

/** Live subscriptions, by name: what a binding left subscribed shows here. */
export type Counts = Record<string, number>;

export function counted<T>(source: Observable<T>, counts: Counts, name: string): Observable<T> {
  counts[name] = 0;
  return new Observable<T>((subscriber) => {
    counts[name] = (counts[name] ?? 0) + 1;
    const inner = source.subscribe(subscriber);
    return () => {
      counts[name] = (counts[name] ?? 0) - 1;
      inner.unsubscribe();
    };
  });
}

/**
 * The fake adapter with every port's events$ counted, and its logins counted in `counts.logins`.
 * Each port is wrapped by prototype, so its methods keep working.
 */
export function countingAdapter(adapter: FakeAdapter, counts: Counts): FakeAdapter {
  const port = <P extends { readonly events$: Observable<unknown> }>(p: P, name: string): P =>
    Object.assign(Object.create(p) as P, { events$: counted(p.events$, counts, name) });
  counts.logins = 0;
  const session = port(adapter.session, 'session');
  const login = session.login.bind(adapter.session);
  Object.assign(session, {
    login: (params: Parameters<typeof login>[0]) => {
      counts.logins = (counts.logins ?? 0) + 1;
      return login(params);
    },
  });
  // A spread, not a prototype: the fake adapter's lazy ports read its private fields.
  return {
    ...adapter,
    session,
    callSignaling: port(adapter.callSignaling, 'callSignaling'),
    callMedia: port(adapter.callMedia, 'callMedia'),
    liveSignaling: port(adapter.liveSignaling, 'liveSignaling'),
    liveMedia: port(adapter.liveMedia, 'liveMedia'),
  };
}

/** The sum of every count but logins. */
export const liveSubscriptions = (counts: Counts): number =>
  Object.entries(counts).reduce((sum, [name, n]) => (name === 'logins' ? sum : sum + n), 0);
