import { Observable, type Subscriber } from 'rxjs';

/**
 * A multicast source for the events core and adapters push: rxjs's Subject less what they never use
 * (`observed`, lift, the Observer type), so its code stays out of an app's bundle. Each
 * value goes synchronously to the subscribers of the moment; one that unsubscribes (or subscribes)
 * while a value is being delivered takes effect from the next value.
 */
export class EventHub<T> {
  private subscribers: readonly Subscriber<T>[] = [];
  private view: Observable<T> | undefined;
  private failure: { readonly error: unknown } | undefined;
  private stopped = false;

  /** True once completed or errored: later values are dropped, later subscribers end at once. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Emits an event to every subscriber. */
  next(value: T): void {
    if (this.stopped) return;
    for (const subscriber of this.subscribers) subscriber.next(value);
  }

  /** Completes every subscription; later events are dropped. */
  complete(): void {
    for (const subscriber of this.stop()) subscriber.complete();
  }

  /** Errors every subscription. */
  error(error: unknown): void {
    if (!this.stopped) this.failure = { error };
    for (const subscriber of this.stop()) subscriber.error(error);
  }

  /** The subscriber side, made on first use and kept: the same Observable on every call. */
  asObservable(): Observable<T> {
    this.view ??= new Observable<T>((subscriber) => this.add(subscriber));
    return this.view;
  }

  /** Adds a subscriber (or ends it at once if the hub has ended); returns its removal. */
  protected add(subscriber: Subscriber<T>): (() => void) | undefined {
    if (this.stopped) {
      if (this.failure) subscriber.error(this.failure.error);
      else subscriber.complete();
      return undefined;
    }
    // Copied on write: a delivery in progress goes on over the list it started with.
    this.subscribers = [...this.subscribers, subscriber];
    return () => {
      this.subscribers = this.subscribers.filter((s) => s !== subscriber);
    };
  }

  /** Stops the hub once; the subscribers to end (none the second time). */
  private stop(): readonly Subscriber<T>[] {
    if (this.stopped) return [];
    this.stopped = true;
    const subscribers = this.subscribers;
    this.subscribers = [];
    return subscribers;
  }
}

/** An EventHub that holds its last value and gives it to each new subscriber (rxjs's BehaviorSubject). */
export class ValueHub<T> extends EventHub<T> {
  constructor(private value: T) {
    super();
  }

  /** The current value. */
  getValue(): T {
    return this.value;
  }

  /** Sets the value and emits it. */
  override next(value: T): void {
    if (this.isStopped) return;
    this.value = value;
    super.next(value);
  }

  /** Adds a subscriber and gives it the current value first. */
  protected override add(subscriber: Subscriber<T>): (() => void) | undefined {
    const remove = super.add(subscriber);
    if (remove) subscriber.next(this.value);
    return remove;
  }
}
