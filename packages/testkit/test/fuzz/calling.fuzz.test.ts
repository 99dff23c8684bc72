import { it } from 'vitest';
import { callingWorld } from './calling-world.js';
import { checkWorlds } from './check-worlds.js';
import { fuzzConfig } from './config.js';

const config = fuzzConfig();

it(
  `${config.worlds} random call worlds with faults hold every invariant (FUZZ_SEED=${config.seed})`,
  async () => {
    const { worlds, excused, failure } = await checkWorlds('calling', callingWorld, config);
    console.log(
      `fuzz: ${worlds} call worlds checked, seed base ${config.seed}${failure ? ', one failed' : ''}`,
    );
    for (const [id, count] of excused) console.log(`fuzz: open finding in ${count} worlds (excused): ${id}`);
    if (failure) throw new Error(failure);
  },
  60_000 + config.worlds * 100,
);
