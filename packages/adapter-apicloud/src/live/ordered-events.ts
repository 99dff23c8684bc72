/**
 * Delivers port events in the order their native events came, when some must wait: for a native
 * call (a changed roomInfo names no anchors: the adapter asks getAnchorList) or for core to be in
 * the room (`after`). Batches go out at once unless they or an earlier one wait; a batch that
 * fails is reported instead.
 */
export function orderedDelivery(report: (error: unknown) => void) {
  let waiting = 0;
  let tail: Promise<void> = Promise.resolve();
  return (batch: (() => void) | Promise<() => void>, after?: Promise<void>): void => {
    if (waiting === 0 && after === undefined && typeof batch === 'function') {
      batch();
      return;
    }
    waiting += 1;
    tail = tail
      .then(() => after)
      .then(() => batch)
      .then(
        (deliver) => deliver(),
        (error: unknown) => report(error),
      )
      .finally(() => {
        waiting -= 1;
      });
  };
}
