import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Bundle sizes (esbuild, minified, gzip level 9), all measured in one run: our glue with the SDKs
 * external, a complete calling app on our stack, and the same app on @tencentcloud/call-engine-js.
 */
const here = import.meta.dirname;
const sdks = ['trtc-sdk-v5', 'trtc-sdk-v5/*', '@tencentcloud/chat', '@tencentcloud/chat/*'];

async function measure(entry: string, external: string[]): Promise<{ minBytes: number; gzipBytes: number }> {
  const result = await build({
    entryPoints: [join(here, 'apps', entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    // Custom conditions replace esbuild's default `module` one; without it xstate resolves to its CJS build
    // (not tree-shaken), unlike in Vite or webpack, which resolve `module`.
    conditions: ['@trtc-smart/source', 'module'],
    external,
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

const version = (name: string) =>
  (
    JSON.parse(readFileSync(join(here, '../node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const glue = await measure('glue.ts', sdks);
const glueWithSubpaths = await measure('glue-with-subpaths.ts', sdks);
const callingGlue = await measure('our-app.ts', sdks);
const ourApp = await measure('our-app.ts', []);
const engineApp = await measure('call-engine-app.ts', []);
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const results = {
  measuredWith: {
    'trtc-sdk-v5': version('trtc-sdk-v5'),
    '@tencentcloud/chat': version('@tencentcloud/chat'),
    '@tencentcloud/call-engine-js': version('@tencentcloud/call-engine-js'),
  },
  /** Everything the main entries of core and adapter-web export (calling, live room). */
  glue: { ...glue, gzipKB: kb(glue.gzipBytes), targetKB: 40, meetsTarget: kb(glue.gzipBytes) <= 40 },
  /** The glue plus core's subpath entries: `/seed` (the seed's callback modules) and `/inspect` (diagrams). */
  glueWithSeedAndInspect: { ...glueWithSubpaths, gzipKB: kb(glueWithSubpaths.gzipBytes) },
  /** What the calling app below pulls in of core and adapter-web (tree-shaken). */
  callingGlue: {
    ...callingGlue,
    gzipKB: kb(callingGlue.gzipBytes),
    targetKB: 40,
    meetsTarget: kb(callingGlue.gzipBytes) <= 40,
  },
  ourCompleteApp: { ...ourApp, gzipKB: kb(ourApp.gzipBytes) },
  callEngineCompleteApp: { ...engineApp, gzipKB: kb(engineApp.gzipBytes) },
  ratio: {
    ourAppOverCallEngineApp: Math.round((ourApp.gzipBytes / engineApp.gzipBytes) * 1000) / 1000,
    target: 0.55,
    meetsTarget: ourApp.gzipBytes / engineApp.gzipBytes <= 0.55,
  },
};
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'size.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
