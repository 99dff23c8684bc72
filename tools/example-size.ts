/**
 * The examples' size budget: each web example's JavaScript, gzipped (level 9), on top of the
 * Tencent SDKs, is at most 200 kB. Builds each example with its own Vite config (in memory), counts
 * every JS chunk but those made only of trtc-sdk-v5 and @tencentcloud/chat modules (which the apps
 * load on demand, for the real cloud), writes `bench/results/size.json` in the example, and exits 1
 * above the budget. `pnpm check:size` (in `pnpm test`) runs it for every example; an example's
 * `pnpm bench` for that one.
 *
 * Usage: tsx tools/example-size.ts [example dir …] (default: examples/web-*).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

const BUDGET_KB = 200;
const root = join(import.meta.dirname, '..');
const SDK = /[\\/]node_modules[\\/](trtc-sdk-v5|@tencentcloud[\\/]chat)[\\/]/;

const dirs =
  process.argv.length > 2
    ? process.argv.slice(2).map((dir) => resolve(dir))
    : readdirSync(join(root, 'examples'))
        .filter((name) => name.startsWith('web-'))
        .map((name) => join(root, 'examples', name));

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
let over = false;
for (const dir of dirs) {
  const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string };
  const output = (await build({
    root: dir,
    logLevel: 'error',
    build: { write: false },
  })) as Rollup.RollupOutput;
  const chunks = output.output.filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  const sized = chunks.map((chunk) => ({
    file: chunk.fileName,
    sdk: chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => SDK.test(id)),
    gzipBytes: gzipSync(chunk.code, { level: 9 }).length,
  }));
  const app = sized.filter((c) => !c.sdk);
  const appBytes = app.reduce((sum, c) => sum + c.gzipBytes, 0);
  const sdkBytes = sized.filter((c) => c.sdk).reduce((sum, c) => sum + c.gzipBytes, 0);
  const result = {
    example: name,
    /** Every JS chunk but the Tencent SDKs', gzipped: the app, the bindings, core, the fake cloud. */
    appGzipKB: kb(appBytes),
    budgetKB: BUDGET_KB,
    withinBudget: kb(appBytes) <= BUDGET_KB,
    /** The SDK chunks, loaded only on the real cloud; not in the budget. */
    tencentSdksGzipKB: kb(sdkBytes),
    chunks: sized.map((c) => ({ ...c, gzipKB: kb(c.gzipBytes) })),
  };
  mkdirSync(join(dir, 'bench', 'results'), { recursive: true });
  writeFileSync(join(dir, 'bench', 'results', 'size.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `${name}: ${result.appGzipKB} kB gzip of JavaScript on top of the Tencent SDKs (budget ${BUDGET_KB} kB)${result.withinBudget ? '' : ': OVER BUDGET'}`,
  );
  if (!result.withinBudget) over = true;
}
if (over) process.exit(1);
