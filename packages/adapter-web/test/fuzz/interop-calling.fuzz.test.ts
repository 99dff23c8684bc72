import { it } from 'vitest';
import { checkWorlds } from '../../../testkit/test/fuzz/check-worlds.js';
import { interopFuzzConfig } from '../../../testkit/test/fuzz/config.js';
import { CALL_KITS, interopCallingWorld } from '../../../testkit/test/fuzz/interop-calling-world.js';
import { interopFindings } from './interop-findings.js';
import { webAdapters } from './web-adapters.js';

const config = interopFuzzConfig();

it(
  `${config.worlds} random call worlds of adapter-web users and an official app's hold every invariant (FUZZ_SEED=${config.seed})`,
  async () => {
    const { worlds, excused, failure } = await checkWorlds(
      'interopCalling',
      interopCallingWorld(webAdapters),
      config,
      {
        peerKits: CALL_KITS,
        findings: interopFindings,
        testFile: 'packages/adapter-web/test/fuzz/interop-calling.fuzz.test.ts',
      },
    );
    console.log(
      `fuzz: ${worlds} interop call worlds checked, seed base ${config.seed}${failure ? ', one failed' : ''}`,
    );
    for (const [id, count] of excused) console.log(`fuzz: open finding in ${count} worlds (excused): ${id}`);
    if (failure) throw new Error(failure);
  },
  60_000 + config.worlds * 200,
);
