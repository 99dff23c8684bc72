/** Every promise the world's SDK calls returned, to check at the end that each one settled. */
export class Promises {
  readonly #pending = new Map<number, string>();
  #next = 0;

  /** Watches a call's promise; `rejected` hears its error, if any. */
  track(label: string, promise: Promise<unknown>, rejected?: (error: unknown) => void): void {
    const id = this.#next++;
    this.#pending.set(id, label);
    promise.then(
      () => this.#pending.delete(id),
      (error: unknown) => {
        this.#pending.delete(id);
        rejected?.(error);
      },
    );
  }

  /** Labels of the calls whose promise is still pending. */
  pending(): string[] {
    return [...this.#pending.values()];
  }
}
