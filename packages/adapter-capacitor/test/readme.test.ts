import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generate, replaceMarkdownPlaceholders } from '@capacitor/docgen';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readmePath = join(root, 'README.md');

/** The README as the repository keeps it: biome formats markdown too. */
function formatted(markdown: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const run = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${readmePath}`], {
    input: markdown,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe('README', () => {
  it("is docgen's output for definitions.ts as it is now (run `pnpm docgen` after changing the contract)", async () => {
    const { data } = await generate({
      tsconfigPath: join(root, 'tsconfig.docgen.json'),
      api: 'TrtcSmartPlugin',
    });
    const readme = readFileSync(readmePath, 'utf8');
    expect(data.api?.methods.length).toBeGreaterThan(40);
    expect(formatted(replaceMarkdownPlaceholders(readme, data))).toBe(readme);
  }, 90_000);
});
