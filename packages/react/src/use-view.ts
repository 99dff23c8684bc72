import { type RefObject, useEffect, useRef } from 'react';

/** How a video component turns its element into the adapter's view (default: the element itself). */
export type ToView<View> = (element: HTMLDivElement) => View;

/**
 * While `active`, runs `start(element)`; when it turns false, the element or instance changes, or
 * the component unmounts, runs `stop()`. Starts and stops run one after the other, never
 * overlapping (StrictMode's remount gives start, stop, start). A failed start goes to `onError`;
 * a failed stop is dropped: it fails only when the call or room already ended, which stopped it.
 */
export function useViewLifecycle(
  element: RefObject<HTMLDivElement | null>,
  active: boolean,
  start: (element: HTMLDivElement) => Promise<void>,
  stop: () => Promise<void>,
  onError: ((error: unknown) => void) | undefined,
  deps: readonly unknown[],
): void {
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ start, stop, onError });
  latest.current = { start, stop, onError };
  useEffect(() => {
    const el = element.current;
    if (!active || el === null) return;
    const { start: begin, stop: end } = latest.current;
    const report = (error: unknown) => (latest.current.onError ?? console.error)(error);
    queue.current = queue.current.then(() => begin(el)).catch(report);
    return () => {
      queue.current = queue.current.then(end).catch(() => {});
    };
  }, [active, element, ...deps]);
}
