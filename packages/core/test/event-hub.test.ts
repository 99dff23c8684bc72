import { BehaviorSubject, type Observable, Subject, type Subscription, take } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { EventHub, ValueHub } from '../src/adapter-kit.js';
import { recorder } from './recorder.js';

/** The part of a Subject the hubs stand in for. */
interface Hub<T> {
  next(value: T): void;
  error(error: unknown): void;
  complete(): void;
  readonly isStopped: boolean;
  asObservable(): Observable<T>;
}

/** Runs a scenario on rxjs's subject and on our hub: both logs must be the same. */
function sameAsRxjs(
  make: { theirs: () => Hub<number>; ours: () => Hub<number> },
  scenario: (log: string[], hub: Hub<number>) => void,
) {
  const theirs: string[] = [];
  scenario(theirs, make.theirs());
  const ours: string[] = [];
  scenario(ours, make.ours());
  expect(ours).toEqual(theirs);
  return ours;
}

const events = { theirs: () => new Subject<number>(), ours: () => new EventHub<number>() };
const values = { theirs: () => new BehaviorSubject(0), ours: () => new ValueHub(0) };

describe.each([
  ['EventHub as rxjs Subject', events],
  ['ValueHub as rxjs BehaviorSubject', values],
])('%s', (_, make) => {
  it('delivers to the subscribers of the moment, in subscription order', () => {
    const log = sameAsRxjs(make, (log, hub) => {
      hub.next(1);
      const a = hub.asObservable().subscribe(recorder(log, 'a'));
      hub.next(2);
      hub.asObservable().subscribe(recorder(log, 'b'));
      hub.next(3);
      a.unsubscribe();
      hub.next(4);
      hub.complete();
      hub.next(5);
      hub.asObservable().subscribe(recorder(log, 'late'));
      log.push(`stopped ${hub.isStopped}`);
    });
    expect(log).toContain('late complete');
  });

  it('a subscriber that leaves or joins during a delivery counts from the next value', () => {
    sameAsRxjs(make, (log, hub) => {
      const later: Subscription[] = [];
      const b = { current: undefined as Subscription | undefined };
      hub.asObservable().subscribe({
        next: (v) => {
          log.push(`a next ${v}`);
          if (v === 1) b.current?.unsubscribe();
          if (v === 1) later.push(hub.asObservable().subscribe(recorder(log, 'c')));
          if (v === 2) hub.next(20); // re-entrant: nested delivery, as rxjs does it
        },
      });
      b.current = hub.asObservable().subscribe(recorder(log, 'b'));
      hub.next(1);
      hub.next(2);
      for (const s of later) s.unsubscribe();
    });
  });

  it('errors reach every subscriber, and later ones too', () => {
    sameAsRxjs(make, (log, hub) => {
      hub.asObservable().subscribe(recorder(log, 'a'));
      hub.error('boom');
      hub.next(1);
      hub.complete();
      hub.asObservable().subscribe(recorder(log, 'late'));
    });
  });

  it('a subscriber that takes one value and leaves', () => {
    sameAsRxjs(make, (log, hub) => {
      hub.asObservable().pipe(take(1)).subscribe(recorder(log, 'once'));
      hub.next(1);
      hub.next(2);
    });
  });
});

describe('ValueHub', () => {
  it('holds its last value', () => {
    const hub = new ValueHub('a');
    hub.next('b');
    expect(hub.getValue()).toBe('b');
    hub.complete();
    hub.next('c');
    expect(hub.getValue()).toBe('b');
  });

  it('gives the same observable every time (an app may unsubscribe or memoize by identity)', () => {
    const hub = new EventHub<number>();
    expect(hub.asObservable()).toBe(hub.asObservable());
  });
});
