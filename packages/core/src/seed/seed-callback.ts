import { toTrtcSmartError } from '../domain/errors.js';
import type { Rect } from '../domain/view.js';

/** The seed's callback: `ret` on success (`{status: true, ...}`), else `ret` null and `err` `{code, msg}`. */
export type SeedCallback<Ret = SeedOk> = (ret: Ret | null, err?: SeedError) => void;
/** The seed's success callback argument: `{status: true}`. */
export interface SeedOk {
  readonly status: true;
}
/** The seed's error callback argument: `{code, msg}`. */
export interface SeedError {
  readonly code: number;
  readonly msg: string;
}

/** What a method without parameters takes: the seed passes `{}`, or nothing. */
export type SeedNoParams = Readonly<Record<string, never>> | undefined;

/**
 * A seed method: `fn(params, (ret, err) => ...)`; the callback may be left out. `Params` are the
 * seed's (a `rect` where the typed API takes a `view`); `Ret` is what `ret` holds on success.
 */
export type SeedMethod<Params = SeedNoParams, Ret = SeedOk> = [undefined] extends [Params]
  ? (params?: Params, callback?: SeedCallback<Ret>) => void
  : (params: Params, callback?: SeedCallback<Ret>) => void;

/** A listener setter: each event reaches `callback` as `ret = {eventType, ...}` (never with `err`). */
export type SeedListener<Event> = (params?: SeedNoParams, callback?: (ret: Event) => void) => void;

/** The seed's params for a method that takes a view: its `rect`, or a `view` as the typed API takes. */
export type WithRect<Params> = Omit<Params, 'view'> &
  (
    | { readonly rect: Rect; readonly view?: undefined }
    | { readonly view: unknown; readonly rect?: undefined }
  );

/**
 * Method `M` of a typed API in the seed's style: its params (a `rect` for a `view`), and what its
 * promise resolves with merged into `ret` beside `status` (`{status: true, roomList}`).
 */
export type Seeded<Api, M extends keyof Api> = Api[M] extends (...args: infer A) => Promise<infer R>
  ? SeedMethod<
      A extends [] ? SeedNoParams : 'view' extends keyof A[0] ? WithRect<A[0]> : A[0],
      R extends object ? SeedOk & R : SeedOk
    >
  : never;

/**
 * Adapts a promise method to the seed's style; a throw or rejection becomes `err`, never an exception.
 * An object the method resolves with is merged into `ret` (e.g. the list getters' data).
 */
export function seedMethod<Ret extends object = SeedOk>(
  run: (params: unknown) => Promise<unknown>,
): SeedMethod<unknown, Ret> {
  return (params, callback) => {
    let result: Promise<unknown>;
    try {
      result = run(params ?? {});
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      (data) => callback?.({ status: true, ...(typeof data === 'object' ? data : {}) } as Ret),
      (error: unknown) => callback?.(null, toTrtcSmartError(error).toJSON()),
    );
  };
}

/** Maps the seed's `rect` param onto core's `view` (a web caller may pass `view` directly). */
export function withView(params: unknown): unknown {
  if (params === null || typeof params !== 'object') return params;
  const { rect, view, ...rest } = params as { rect?: unknown; view?: unknown };
  return { ...rest, view: view ?? rect };
}
