import { type MonoTypeOperatorFunction, Observable, type ObservedValueOf, Subscription } from 'rxjs';
import { EventHub } from './event-hub.js';

/**
 * rxjs's `merge` for event streams (Observables only): subscribes to each in turn, completes when
 * all have, errors with the first error. rxjs's own also takes promises, iterables, async
 * iterables and ReadableStreams, so its bundle carries their conversions; ports need none of them.
 */
export function mergeEvents<S extends readonly Observable<unknown>[]>(
  ...sources: S
): Observable<ObservedValueOf<S[number]>> {
  return new Observable((subscriber) => {
    let open = sources.length;
    if (open === 0) subscriber.complete();
    for (const source of sources) {
      if (subscriber.closed) return;
      let completed = false;
      const inner = source.subscribe({
        next: (value) => subscriber.next(value as ObservedValueOf<S[number]>),
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          completed = true;
        },
      });
      // As rxjs: the output completes after the last source's teardown.
      inner.add(() => {
        if (completed && --open === 0) subscriber.complete();
      });
      subscriber.add(inner);
    }
  });
}

/**
 * rxjs's `share()` with its defaults, for event streams: one subscription to the source while
 * anyone listens, through a fresh EventHub; the last unsubscribe, an error or completion resets it,
 * so the next subscriber subscribes to the source again. (rxjs's own carries its reset options'
 * notifier conversions.)
 */
export function shareEvents<T>(): MonoTypeOperatorFunction<T> {
  return (source) => {
    let hub: EventHub<T> | undefined;
    let connection: Subscription | undefined;
    let listeners = 0;
    const reset = () => {
      hub = connection = undefined;
    };
    return new Observable<T>((subscriber) => {
      listeners++;
      hub ??= new EventHub<T>();
      const dest = hub;
      subscriber.add(() => {
        if (--listeners > 0) return;
        const last = connection;
        reset();
        last?.unsubscribe();
      });
      dest.asObservable().subscribe(subscriber);
      if (connection || listeners === 0) return;
      // Set before subscribing: a source that ends synchronously resets it, a last unsubscribe
      // during the subscribe closes it (and with it the source's subscription, once added).
      const own = new Subscription();
      connection = own;
      own.add(
        source.subscribe({
          next: (value) => dest.next(value),
          error: (error: unknown) => {
            reset();
            dest.error(error);
          },
          complete: () => {
            reset();
            dest.complete();
          },
        }),
      );
    });
  };
}
