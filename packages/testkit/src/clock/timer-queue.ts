export interface Timer {
  readonly id: number;
  readonly due: number;
  /** Dropped when the timer is cleared, so what it captured is garbage at once, not when it falls due. */
  callback: () => void;
}

/** Earlier due first; equal due times in the order they were set (ids only grow). */
const before = (a: Timer, b: Timer): boolean => a.due < b.due || (a.due === b.due && a.id < b.id);

/**
 * The clock's pending timers as a binary min-heap: adding and taking the next one are O(log n), so
 * a crowd of 10,000 devices with a request timer each does not turn every network hop into a
 * copy of the whole queue (a sorted array's splice and shift).
 */
export class TimerQueue {
  readonly #heap: Timer[] = [];

  get size(): number {
    return this.#heap.length;
  }

  peek(): Timer | undefined {
    return this.#heap[0];
  }

  push(timer: Timer): void {
    const heap = this.#heap;
    let i = heap.push(timer) - 1;
    while (i > 0) {
      const parent = (i - 1) >>> 1;
      const above = heap[parent] as Timer;
      if (!before(timer, above)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = timer;
  }

  /** Keeps only the timers `keep` accepts, restoring the heap order in O(n). */
  retain(keep: (timer: Timer) => boolean): void {
    const kept = this.#heap.filter(keep);
    this.#heap.length = 0;
    for (const timer of kept.sort((a, b) => (before(a, b) ? -1 : 1))) this.#heap.push(timer);
  }

  pop(): Timer | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right] as Timer, heap[left] as Timer) ? right : left;
      const next = heap[child] as Timer;
      if (!before(next, last)) break;
      heap[i] = next;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
