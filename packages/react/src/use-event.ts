import { useEffect, useLayoutEffect, useRef } from 'react';

/** What useEventOf reads: a Calling's or a LiveRoom's events$. */
export interface EventSource<E> {
  readonly events$: {
    subscribe(observer: { next: (event: E) => void }): { unsubscribe(): void };
  };
}

/**
 * Calls the latest `handler` for each event of `type`, subscribed while the component is mounted
 * and the source is there; a new handler each render does not resubscribe.
 */
export function useEventOf<E extends { readonly eventType: string }, T extends E['eventType']>(
  source: EventSource<E> | null,
  type: T,
  handler: (event: Extract<E, { readonly eventType: T }>) => void,
): void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (source === null) return;
    const subscription = source.events$.subscribe({
      next: (event) => {
        if (event.eventType === type) latest.current(event as Extract<E, { readonly eventType: T }>);
      },
    });
    return () => subscription.unsubscribe();
  }, [source, type]);
}
