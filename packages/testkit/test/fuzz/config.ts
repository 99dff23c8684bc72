/** The fuzz run's size and seed: `FUZZ_N` worlds in all (half calls, half live rooms), `FUZZ_SEED`. */
export interface FuzzConfig {
  readonly worlds: number;
  readonly seed: number;
  /** fast-check's path to one world (printed with a failure), to replay just that world. */
  readonly path: string | undefined;
}

/** Fixed, so every CI run checks the same worlds unless FUZZ_SEED says otherwise. */
export const DEFAULT_SEED = 20_261_204;
export const DEFAULT_WORLDS = 10_000;

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not "${raw}"`);
  return value;
}

/**
 * An interop kind's share (adapter-web's interop fuzz tests): `FUZZ_INTEROP_N` worlds, by default
 * a fifth of each plain kind's share of `FUZZ_N`, so `pnpm test:soak` scales them too.
 */
export function interopFuzzConfig(): FuzzConfig {
  const plain = fuzzConfig();
  return { ...plain, worlds: intFromEnv('FUZZ_INTEROP_N', Math.ceil(plain.worlds / 5)) };
}

/** This kind's share of the run. */
export function fuzzConfig(): FuzzConfig {
  const total = intFromEnv('FUZZ_N', DEFAULT_WORLDS);
  if (total < 2) throw new Error('FUZZ_N must be >= 2');
  return {
    worlds: Math.ceil(total / 2),
    seed: intFromEnv('FUZZ_SEED', DEFAULT_SEED),
    path: process.env.FUZZ_PATH || undefined,
  };
}
