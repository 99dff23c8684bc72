import { toTrtcSmartError } from '../domain/errors.js';

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

/** A seed method: `fn(params, (ret, err) => ...)`; the callback may be left out. */
export type SeedMethod<Ret = SeedOk> = (params?: unknown, callback?: SeedCallback<Ret>) => void;

/**
 * Adapts a promise method to the seed's style; a throw or rejection becomes `err`, never an exception.
 * An object the method resolves with is merged into `ret` (e.g. the list getters' data).
 */
export function seedMethod<Ret extends object = SeedOk>(
  run: (params: unknown) => Promise<unknown>,
): SeedMethod<Ret> {
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
