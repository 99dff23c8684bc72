import fc from 'fast-check';
import { faults } from './faults.js';
import type { MethodSpec } from './methods.js';
import { NAMES, NEXT, NEXT2, type Step, type World, type WorldKind } from './world.js';

/** Mostly small gaps (races within a trip), some long ones (timeouts: a request's 10 s, an invitation's 30 s). */
const dt = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 80 }), weight: 3 },
  { arbitrary: fc.integer({ min: 81, max: 2_000 }), weight: 3 },
  { arbitrary: fc.integer({ min: 2_001, max: 12_000 }), weight: 1 },
);

const weighted = (table: Readonly<Record<string, { readonly weight: number }>>) =>
  Object.entries(table).map(([op, { weight }]) => ({ arbitrary: fc.constant(op), weight }));

/** A step: a method of `methods` or a fault, drawn by weight. Shrinks toward the first entries and dt 0. */
export function stepArb(methods: Readonly<Record<string, MethodSpec<never>>>): fc.Arbitrary<Step> {
  return fc.record({
    dt,
    op: fc.oneof(
      { arbitrary: fc.constant(NEXT), weight: 100 },
      { arbitrary: fc.constant(NEXT2), weight: 25 },
      ...weighted(methods),
      ...weighted(faults),
    ),
    actor: fc.nat(NAMES.length - 1),
    target: fc.nat(NAMES.length - 1),
    flag: fc.boolean(),
    amount: fc.integer({ min: 0, max: 99 }).map((n) => n / 100),
  });
}

/** Interop worlds: 2-4 of our users and one official app's user, of one of `kits`. */
const INTEROP_USERS = 4;

export function worldArb(
  kind: WorldKind,
  methods: Readonly<Record<string, MethodSpec<never>>>,
  maxSteps: number,
  peerKits?: readonly string[],
): fc.Arbitrary<World> {
  const world = {
    kind: fc.constant(kind),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    latencyMs: fc.integer({ min: 0, max: 80 }),
    jitterMs: fc.integer({ min: 0, max: 80 }),
    users: fc.integer({ min: 2, max: peerKits ? INTEROP_USERS : NAMES.length }),
    // One world in five; shrinks toward false.
    multiTerminal: fc.integer({ min: 0, max: 4 }).map((n) => n === 4),
    steps: fc.array(stepArb(methods), { minLength: 1, maxLength: maxSteps, size: 'max' }),
  };
  if (!peerKits) return fc.record(world);
  const peer = fc.record({ kit: fc.constantFrom(...peerKits), user: fc.nat(INTEROP_USERS) });
  return fc.record({ ...world, peer });
}
