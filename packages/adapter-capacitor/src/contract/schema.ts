/**
 * A small run-time schema language for the plugin contract's JSON. Each schema carries the type it
 * accepts (`Schema<T>`), so the tables built from it are checked against definitions.ts by the
 * compiler, and checks values crossing the bridge at run time.
 */
export interface Schema<T> {
  /** The rule, as an error message states it ("must be …"). */
  readonly rule: string;
  /**
   * Where and how `value` breaks the schema (`roomId: must be an integer`), or undefined.
   * `exact` also refuses keys the schema does not name (what JS sends); data from native is read
   * leniently, so a native build may add fields.
   */
  problem(value: unknown, path: string, exact: boolean): string | undefined;
  /** A valid value with only the fields the schema names, as the plugin receives it. */
  strip(value: T): T;
  /** Phantom: the type this schema accepts. */
  readonly type?: T;
}

export type TypeOf<S> = S extends Schema<infer T> ? T : never;

type Scalar = string | number | boolean;

const leaf = <T>(rule: string, ok: (value: unknown) => boolean): Schema<T> => ({
  rule,
  problem: (value, path) => (ok(value) ? undefined : `${path}: ${rule}`),
  strip: (value) => value,
});

export const string: Schema<string> = leaf('must be a string', (v) => typeof v === 'string');
export const number: Schema<number> = leaf('must be a finite number', (v) => Number.isFinite(v));
export const integer: Schema<number> = leaf('must be an integer', (v) => Number.isSafeInteger(v));
export const boolean: Schema<boolean> = leaf('must be a boolean', (v) => typeof v === 'boolean');

export const literal = <const V extends readonly Scalar[]>(...values: V): Schema<V[number]> =>
  leaf(`must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) =>
    values.includes(v as Scalar),
  );

export function array<T>(item: Schema<T>): Schema<T[]> {
  return {
    rule: `must be an array whose items ${item.rule.replace(/^must /, '')}`,
    problem(value, path, exact) {
      if (!Array.isArray(value)) return `${path}: must be an array`;
      for (const [i, entry] of value.entries()) {
        const problem = item.problem(entry, `${path}[${i}]`, exact);
        if (problem) return problem;
      }
      return undefined;
    },
    strip: (value) => value.map((entry) => item.strip(entry)),
  };
}

type Fields = Readonly<Record<string, Schema<unknown>>>;
type ObjectOf<R extends Fields, O extends Fields> = {
  readonly [K in keyof R]: TypeOf<R[K]>;
} & { readonly [K in keyof O]?: TypeOf<O[K]> };

/** An object with `required` fields and `optional` ones (absent, never `undefined`). */
export function object<R extends Fields>(required: R): Schema<ObjectOf<R, Record<never, never>>>;
export function object<R extends Fields, O extends Fields>(required: R, optional: O): Schema<ObjectOf<R, O>>;
export function object<R extends Fields, O extends Fields>(
  required: R,
  optional?: O,
): Schema<ObjectOf<R, O>> {
  const known = new Set([...Object.keys(required), ...Object.keys(optional ?? {})]);
  return {
    rule: 'must be an object',
    problem(value, path, exact) {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        return `${path || 'options'}: must be an object`;
      const record = value as Record<string, unknown>;
      const at = (key: string) => (path ? `${path}.${key}` : key);
      if (exact) {
        const extra = Object.keys(record).find((key) => !known.has(key));
        if (extra !== undefined) return `${at(extra)}: is not a field of this object`;
      }
      for (const [key, schema] of Object.entries(required)) {
        if (!Object.hasOwn(record, key)) return `${at(key)}: is required`;
        const problem = schema.problem(record[key], at(key), exact);
        if (problem) return problem;
      }
      for (const [key, schema] of Object.entries(optional ?? {})) {
        if (!Object.hasOwn(record, key)) continue;
        const problem = schema.problem(record[key], at(key), exact);
        if (problem) return problem;
      }
      return undefined;
    },
    strip(value) {
      const record = value as Record<string, unknown>;
      const fields = Object.entries({ ...required, ...optional }).filter(([key]) =>
        Object.hasOwn(record, key),
      );
      return Object.fromEntries(fields.map(([key, schema]) => [key, schema.strip(record[key])])) as ObjectOf<
        R,
        O
      >;
    },
  };
}

/** A union of object schemas told apart by the string field `tag`. */
export function tagged<K extends string, V extends Readonly<Record<string, Schema<object>>>>(
  tag: K,
  variants: V,
): Schema<{ [T in keyof V]: { readonly [P in K]: T } & TypeOf<V[T]> }[keyof V]> {
  const tags = Object.keys(variants);
  return {
    rule: `must be an object whose ${tag} is one of ${tags.join(', ')}`,
    problem(value, path, exact) {
      const record = (value ?? {}) as Record<string, unknown>;
      const key = record[tag];
      if (typeof value !== 'object' || typeof key !== 'string' || !Object.hasOwn(variants, key)) {
        return `${path ? `${path}.` : ''}${tag}: must be one of ${tags.join(', ')}`;
      }
      const { [tag]: _, ...rest } = record;
      return (variants[key] as Schema<object>).problem(rest, path, exact);
    },
    strip(value) {
      const { [tag]: key, ...rest } = value as Record<string, unknown>;
      return { [tag]: key, ...(variants[key as string] as Schema<object>).strip(rest) } as typeof value;
    },
  };
}

/** One of several schemas; the message names the rule of each. */
export function either<A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> {
  const rule = `${a.rule.replace(/^must be /, 'must be either ')} or ${b.rule.replace(/^must be /, '')}`;
  return {
    rule,
    problem: (value, path, exact) =>
      a.problem(value, path, exact) === undefined || b.problem(value, path, exact) === undefined
        ? undefined
        : `${path}: ${rule}`,
    strip: (value) => (a.problem(value, '', false) === undefined ? a.strip(value as A) : b.strip(value as B)),
  };
}
