import { merge, Observable, of, Subject, share, take, throwError } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { mergeEvents, shareEvents } from '../src/adapter-kit.js';
import { recorder } from './recorder.js';

/** A source that logs its subscriptions and teardowns and can be driven from outside. */
function source(log: string[], name = 'source') {
  const driver = new Subject<number>();
  const source$ = new Observable<number>((subscriber) => {
    log.push(`${name} subscribed`);
    const subscription = driver.subscribe(subscriber);
    return () => {
      log.push(`${name} torn down`);
      subscription.unsubscribe();
    };
  });
  return { driver, source$ };
}

type Scenario = (log: string[], impl: { merge: typeof mergeEvents; share: typeof shareEvents }) => void;

/** Runs a scenario on rxjs's operators and on ours: both logs must be the same. */
function sameAsRxjs(scenario: Scenario): string[] {
  const theirs: string[] = [];
  scenario(theirs, { merge: merge as unknown as typeof mergeEvents, share });
  const ours: string[] = [];
  scenario(ours, { merge: mergeEvents, share: shareEvents });
  expect(ours).toEqual(theirs);
  return ours;
}

describe('mergeEvents behaves as rxjs merge', () => {
  it('interleaves, completes when all complete, tears every source down', () => {
    const log = sameAsRxjs((log, { merge }) => {
      const a = source(log, 'a');
      const b = source(log, 'b');
      const subscription = merge(a.source$, b.source$).subscribe(recorder(log, 'out'));
      a.driver.next(1);
      b.driver.next(2);
      a.driver.complete();
      b.driver.next(3);
      subscription.unsubscribe();
      const c = source(log, 'c');
      merge(c.source$, of(9)).subscribe(recorder(log, 'done'));
      c.driver.complete();
    });
    expect(log).toContain('done complete');
  });

  it('errors with the first error and unsubscribes the rest', () => {
    sameAsRxjs((log, { merge }) => {
      const a = source(log, 'a');
      const b = source(log, 'b');
      merge(a.source$, b.source$).subscribe(recorder(log, 'out'));
      a.driver.error('boom');
      b.driver.next(1);
    });
  });

  it('stops subscribing when the subscriber is done during a synchronous emission', () => {
    sameAsRxjs((log, { merge }) => {
      const b = source(log, 'b');
      merge(of(1, 2), b.source$).pipe(take(1)).subscribe(recorder(log, 'out'));
      merge(
        throwError(() => 'early'),
        b.source$,
      ).subscribe(recorder(log, 'err'));
    });
  });

  it('completes at once with no sources', () => {
    sameAsRxjs((log, { merge }) => {
      merge().subscribe(recorder(log, 'out'));
    });
  });
});

describe('shareEvents behaves as rxjs share()', () => {
  it('one source subscription for all; the last unsubscribe tears it down; the next one reconnects', () => {
    const log = sameAsRxjs((log, { share }) => {
      const { driver, source$ } = source(log);
      const shared$ = source$.pipe(share());
      const first = shared$.subscribe(recorder(log, 'first'));
      driver.next(1);
      const second = shared$.subscribe(recorder(log, 'second'));
      driver.next(2);
      first.unsubscribe();
      driver.next(3);
      second.unsubscribe();
      driver.next(4);
      shared$.subscribe(recorder(log, 'third'));
      driver.next(5);
    });
    expect(log.filter((line) => line === 'source subscribed')).toHaveLength(2);
  });

  it('an error or completion reaches every subscriber and resets the connection', () => {
    sameAsRxjs((log, { share }) => {
      const { driver, source$ } = source(log);
      const shared$ = source$.pipe(share());
      shared$.subscribe(recorder(log, 'a'));
      shared$.subscribe(recorder(log, 'b'));
      driver.error('boom');
      shared$.subscribe(recorder(log, 'c'));
      driver.next(1);
      driver.complete();
      shared$.subscribe(recorder(log, 'd'));
    });
  });

  it('sources that end synchronously, and subscribers that leave during the subscribe', () => {
    sameAsRxjs((log, { share }) => {
      const shared$ = of(1, 2).pipe(share());
      shared$.subscribe(recorder(log, 'a'));
      shared$.subscribe(recorder(log, 'b'));
      const failing$ = throwError(() => 'sync').pipe(share());
      failing$.subscribe(recorder(log, 'c'));
      failing$.subscribe(recorder(log, 'd'));
      const ticking$ = new Observable<number>((subscriber) => {
        log.push('ticking subscribed');
        subscriber.next(1);
        subscriber.next(2);
        return () => log.push('ticking torn down');
      }).pipe(share());
      ticking$.pipe(take(1)).subscribe(recorder(log, 'e'));
      ticking$.pipe(take(1)).subscribe(recorder(log, 'f'));
    });
  });

  it('a subscriber may subscribe again from its own error or complete handler', () => {
    sameAsRxjs((log, { share }) => {
      const { driver, source$ } = source(log);
      const shared$ = source$.pipe(share());
      shared$.subscribe({
        ...recorder(log, 'a'),
        complete: () => {
          log.push('a complete');
          shared$.subscribe(recorder(log, 'again'));
        },
      });
      driver.complete();
    });
  });
});
