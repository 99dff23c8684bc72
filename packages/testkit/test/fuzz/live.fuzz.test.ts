import { it } from 'vitest';
import { checkWorlds } from './check-worlds.js';
import { fuzzConfig } from './config.js';
import { liveWorld } from './live-world.js';

const config = fuzzConfig();

it(
  `${config.worlds} random live-room worlds with faults hold every invariant (FUZZ_SEED=${config.seed})`,
  async () => {
    const { worlds, excused, failure } = await checkWorlds('live', liveWorld, config);
    console.log(
      `fuzz: ${worlds} live-room worlds checked, seed base ${config.seed}${failure ? ', one failed' : ''}`,
    );
    for (const [id, count] of excused) console.log(`fuzz: open finding in ${count} worlds (excused): ${id}`);
    if (failure) throw new Error(failure);
  },
  60_000 + config.worlds * 100,
);
