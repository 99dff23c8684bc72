import fc from 'fast-check';
import { worldArb } from '/work/wt/i14-harness/packages/testkit/test/fuzz/arbitraries.js';
import { callingWorld } from '/work/wt/i14-harness/packages/testkit/test/fuzz/calling-world.js';
import { runWorld } from '/work/wt/i14-harness/packages/testkit/test/fuzz/run-world.js';
const worlds = fc.sample(worldArb('calling', callingWorld.methods as never, 30), { seed: 1, numRuns: 300 });
const start = performance.now();
for (const w of worlds) await runWorld(w, callingWorld, false);
console.log(`${worlds.length} worlds in ${Math.round(performance.now() - start)} ms`);
