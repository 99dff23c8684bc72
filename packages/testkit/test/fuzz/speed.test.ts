import fc from 'fast-check';
import { it } from 'vitest';
import { worldArb } from './arbitraries.js';
import { callingWorld } from './calling-world.js';
import { runWorld } from './run-world.js';

it('speed', async () => {
  const worlds = fc.sample(worldArb('calling', callingWorld.methods as never, 30), { seed: 1, numRuns: 300 });
  const start = performance.now();
  let bad = 0;
  const seen = new Map<string, number>();
  for (const w of worlds) {
    const r = await runWorld(w, callingWorld, false);
    if (r.violations.length) {
      bad++;
      for (const v of r.violations) {
        const key = v.replace(/@\d+/, '').replace(/\d+/g, 'N').replace(/alice|bob|carol|dave|erin|frank/g, 'U');
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
  }
  console.log(`${worlds.length} worlds in ${Math.round(performance.now() - start)} ms, ${bad} bad`);
  console.log([...seen].sort((a, b) => b[1] - a[1]).slice(0, 30));
}, 600_000);
