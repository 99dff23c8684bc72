import fc from 'fast-check';
import { it } from 'vitest';
import { worldArb } from './arbitraries.js';
import { liveWorld } from './live-world.js';
import { runWorld } from './run-world.js';

it('dbg', async () => {
  const worlds = fc.sample(worldArb('live', liveWorld.methods as never, 60), { seed: 1, numRuns: 3 });
  const w = worlds[1]!;
  console.log(w.steps.length, w.users);
  const spec = {
    ...liveWorld,
    newParty(cloud: never, user: string, promises: never) {
      const p = liveWorld.newParty(cloud, user, promises);
      return { ...p, rejected: (m: string, e: any) => { console.log(user, m, 'rejected', e.code, e.message); p.rejected(m, e); } };
    },
  };
  const r = await runWorld(w, spec as typeof liveWorld, false);
  for (const c of r.commands) console.log(JSON.stringify(c));
}, 600_000);
