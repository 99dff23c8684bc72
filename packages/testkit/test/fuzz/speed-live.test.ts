import fc from 'fast-check';
import { it } from 'vitest';
import { worldArb } from './arbitraries.js';
import { liveWorld } from './live-world.js';
import { runWorld } from './run-world.js';

it('speed', async () => {
  const worlds = fc.sample(worldArb('live', liveWorld.methods as never, 60), { seed: 1, numRuns: 300 });
  const statuses = new Map<string, number>();
  const spec = {
    ...liveWorld,
    newParty(cloud: never, user: string, promises: never) {
      const p = liveWorld.newParty(cloud, user, promises);
      const seen = new Set<string>();
      p.sdk.state$.subscribe((s) => {
        if (!seen.has(s.status)) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
        seen.add(s.status);
      });
      return p;
    },
  };
  const start = performance.now();
  let bad = 0;
  const seen = new Map<string, number>();
  for (const w of worlds) {
    const r = await runWorld(w, spec as typeof liveWorld, false);
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
  console.log([...statuses].sort((a, b) => b[1] - a[1]));
}, 600_000);
