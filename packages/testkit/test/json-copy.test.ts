import { describe, expect, it } from 'vitest';
import { toJson } from '../src/cloud/trace.js';

// Every hop of the fake network copies its payload with toJson: the copy must be exactly what a
// JSON round trip gives, as a real wire would.
describe('toJson', () => {
  const roundTrip = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  const values: [string, unknown][] = [
    ['primitives', { s: 'a', n: 1.5, t: true, f: false, z: null }],
    ['undefined and functions dropped from objects', { a: undefined, b: () => 1, c: Symbol('x'), d: 1 }],
    ['undefined and functions in arrays become null', [1, undefined, () => 1, 3]],
    [
      'non-finite numbers become null',
      { a: Number.NaN, b: Number.POSITIVE_INFINITY, c: [Number.NEGATIVE_INFINITY] },
    ],
    ['toJSON is honoured', { when: new Date(0), custom: { toJSON: () => ({ x: 1 }) } }],
    ['nested', { list: [{ userId: 'u1', volume: 3 }], meta: { deep: { deeper: ['x'] } } }],
    ['top-level undefined', undefined],
    ['top-level primitive', 'text'],
    [
      'class instances keep own enumerable fields',
      new (class {
        a = 1;
        b = [2];
      })(),
    ],
  ];
  for (const [name, value] of values) {
    it(name, () => expect(toJson(value)).toEqual(roundTrip(value)));
  }

  it('holes in arrays become null', () => {
    const sparse: number[] = [1];
    sparse[2] = 3;
    expect(toJson(sparse)).toEqual([1, null, 3]);
  });

  it('copies: mutating the source does not change the copy', () => {
    const source = { list: [{ a: 1 }] };
    const copy = toJson(source) as { list: { a: number }[] };
    (source.list[0] as { a: number }).a = 2;
    expect(copy.list[0]?.a).toBe(1);
  });

  it('refuses a BigInt like JSON.stringify', () => {
    expect(() => toJson({ n: 1n })).toThrow(TypeError);
  });
});
