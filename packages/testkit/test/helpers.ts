import type { Calling } from '@trtc-smart/core';
import type { Observable } from 'rxjs';
import type { FakeAdapter, FakeCloud } from '../src/index.js';

/** Everything an observable emits, in order. */
export function collect<T>(events$: Observable<T>): T[] {
  const seen: T[] = [];
  events$.subscribe((event) => seen.push(event));
  return seen;
}

export interface User {
  readonly id: string;
  readonly adapter: FakeAdapter;
  readonly session: ReturnType<typeof collect<unknown>>;
  readonly signaling: ReturnType<typeof collect<unknown>>;
  readonly media: ReturnType<typeof collect<unknown>>;
}

/** Creates adapters for the users, logs them all in (any non-empty sig works without a secretKey), settles. */
export async function loggedIn(cloud: FakeCloud, ...ids: string[]): Promise<Record<string, User>> {
  const users: Record<string, User> = {};
  const logins: Promise<void>[] = [];
  for (const id of ids) {
    const adapter = cloud.adapter(id);
    users[id] = {
      id,
      adapter,
      session: collect(adapter.session.events$),
      signaling: collect(adapter.callSignaling.events$),
      media: collect(adapter.callMedia.events$),
    };
    logins.push(
      adapter.session.login({ sdkAppId: cloud.options.sdkAppId, userId: id, userSig: `sig-${id}` }),
    );
  }
  await cloud.settle();
  await Promise.all(logins);
  return users;
}

export function user(users: Record<string, User>, id: string): User {
  const found = users[id];
  if (!found) throw new Error(`no user ${id}`);
  return found;
}

/** Resolves to the error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: number; message: string };
  }
  throw new Error('expected a rejection');
}

/** Lets a promise's outcome be inspected later without unhandled-rejection noise. */
export function outcome<T>(promise: Promise<T>): { settled: boolean; value?: T; error?: unknown } {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => {
      state.settled = true;
      state.value = value;
    },
    (error: unknown) => {
      state.settled = true;
      state.error = error;
    },
  );
  return state;
}

/** Logs each createCalling instance in as the user it is keyed by (any non-empty sig works without a secretKey), settled. */
export async function logInCallings(cloud: FakeCloud, callings: Record<string, Calling>): Promise<void> {
  const sdkAppId = cloud.options.sdkAppId;
  const logins = Promise.all(
    Object.entries(callings).map(([userId, calling]) => calling.login({ sdkAppId, userId, userSig: 's' })),
  );
  await cloud.settle();
  await logins;
}
