import { it } from 'vitest';
import { checkWorlds } from '../../../testkit/test/fuzz/check-worlds.js';
import { interopFuzzConfig } from '../../../testkit/test/fuzz/config.js';
import { interopLiveWorld, LIVE_KITS } from '../../../testkit/test/fuzz/interop-live-world.js';
import { interopFindings } from './interop-findings.js';
import { webAdapters } from './web-adapters.js';

const config = interopFuzzConfig();

it(
  `${config.worlds} random live-room worlds of adapter-web users and an official app's hold every invariant (FUZZ_SEED=${config.seed})`,
  async () => {
    const { worlds, excused, failure } = await checkWorlds(
      'interopLive',
      interopLiveWorld(webAdapters),
      config,
      {
        peerKits: LIVE_KITS,
        findings: interopFindings,
        testFile: 'packages/adapter-web/test/fuzz/interop-live.fuzz.test.ts',
      },
    );
    console.log(
      `fuzz: ${worlds} interop live-room worlds checked, seed base ${config.seed}${failure ? ', one failed' : ''}`,
    );
    for (const [id, count] of excused) console.log(`fuzz: open finding in ${count} worlds (excused): ${id}`);
    if (failure) throw new Error(failure);
  },
  60_000 + config.worlds * 200,
);
