import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Bundle sizes (esbuild, minified, gzip level 9), all measured in one run: our glue with the SDKs
 * external, a complete calling app on our stack, and the same app on @tencentcloud/call-engine-js.
 */
const here = import.meta.dirname;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
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

interface Chunk {
  readonly file: string;
  readonly gzipBytes: number;
  readonly minBytes: number;
  readonly inputs: readonly string[];
  readonly staticImports: readonly string[];
  readonly dynamicImports: readonly string[];
}

/** A code-split build (the SDKs' main modules external, their plugins bundled): every chunk, and how they load each other. */
async function measureSplit(entry: string): Promise<Map<string, Chunk> & { entry?: string }> {
  const result = await build({
    entryPoints: [join(here, 'apps', entry)],
    bundle: true,
    splitting: true,
    outdir: join(here, 'results', 'split'),
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    conditions: ['@trtc-smart/source', 'module'],
    external: ['@tencentcloud/chat', '@tencentcloud/chat/*'],
    // esbuild's `external: ['trtc-sdk-v5']` would take its plugins (subpaths) too.
    plugins: [
      {
        name: 'trtc-main-external',
        setup: (b) => b.onResolve({ filter: /^trtc-sdk-v5$/ }, ({ path }) => ({ path, external: true })),
      },
    ],
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const chunks = new Map<string, Chunk>() as Map<string, Chunk> & { entry?: string };
  for (const file of result.outputFiles) {
    const key = relative(process.cwd(), file.path);
    const meta = result.metafile.outputs[key];
    if (!meta) continue;
    const imports = (kind: string) =>
      meta.imports.filter((i) => i.kind === kind && !i.external).map((i) => i.path);
    chunks.set(key, {
      file: basename(key),
      minBytes: file.contents.length,
      gzipBytes: gzipSync(file.contents, { level: 9 }).length,
      inputs: Object.keys(meta.inputs),
      staticImports: imports('import-statement'),
      dynamicImports: imports('dynamic-import'),
    });
    if (meta.entryPoint?.endsWith(entry)) chunks.entry = key;
  }
  return chunks;
}

/** A chunk and the chunks it imports statically: what loads together with it. */
function loadedWith(
  chunks: Map<string, Chunk>,
  start: string,
  exclude: ReadonlySet<string> = new Set(),
): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || exclude.has(key)) return;
    seen.add(key);
    for (const next of chunks.get(key)?.staticImports ?? []) visit(next);
  };
  visit(start);
  return [...seen];
}

const sum = (chunks: Map<string, Chunk>, keys: readonly string[]) => ({
  minBytes: keys.reduce((n, k) => n + (chunks.get(k)?.minBytes ?? 0), 0),
  gzipBytes: keys.reduce((n, k) => n + (chunks.get(k)?.gzipBytes ?? 0), 0),
});

/** The media app's chunks: the static glue, the media controls, and each TRTC plugin, by what they hold. */
async function measureMedia() {
  const chunks = await measureSplit('media-app.ts');
  const entry = chunks.entry ?? '';
  const staticKeys = loadedWith(chunks, entry);
  const staticSet = new Set(staticKeys);
  const lazy = chunks.get(entry)?.dynamicImports ?? [];
  const pluginOf = (key: string) =>
    chunks
      .get(key)
      ?.inputs.find((i) => i.includes('trtc-sdk-v5/plugins/'))
      ?.replace(/.*trtc-sdk-v5\/plugins\//, '');
  const media = lazy.flatMap((k) => loadedWith(chunks, k, staticSet));
  const mediaSet = new Set(media);
  const plugins: Record<string, { minBytes: number; gzipBytes: number; gzipKB: number }> = {};
  for (const key of media) {
    for (const dynamic of chunks.get(key)?.dynamicImports ?? []) {
      const keys = loadedWith(chunks, dynamic, new Set([...staticSet, ...mediaSet]));
      const name = pluginOf(dynamic)?.replace(/\/[^/]*$/, '') ?? basename(dynamic);
      const size = sum(chunks, keys);
      plugins[name] = { ...size, gzipKB: kb(size.gzipBytes) };
    }
  }
  const glueSize = sum(chunks, staticKeys);
  const mediaSize = sum(chunks, media);
  const upFront = staticKeys.flatMap((k) => chunks.get(k)?.inputs ?? []);
  return {
    /**
     * Nothing of the media controls or the plugins is in what the page loads up front. Core's
     * media host bridge (`media-host-of.ts`, type imports and a few lines) is: both APIs build it
     * so that `media` can be attached; the controls themselves come with `import()`.
     */
    noMediaCodeUpFront: !upFront.some(
      (i) =>
        (i.includes('/media/') && !i.endsWith('/media/media-host-of.ts')) ||
        i.includes('trtc-sdk-v5/plugins/'),
    ),
    staticGlue: { ...glueSize, gzipKB: kb(glueSize.gzipBytes), chunks: staticKeys.length },
    mediaControlsChunk: { ...mediaSize, gzipKB: kb(mediaSize.gzipBytes), chunks: media.length },
    pluginChunks: plugins,
  };
}

const version = (name: string) =>
  (
    JSON.parse(readFileSync(join(here, '../node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const withTarget = (size: { minBytes: number; gzipBytes: number }, targetKB: number) => ({
  ...size,
  gzipKB: kb(size.gzipBytes),
  targetKB,
  meetsTarget: size.gzipBytes <= targetKB * 1024,
});
const glue = await measure('glue.ts', sdks);
const glueWithSubpaths = await measure('glue-with-subpaths.ts', sdks);
const callingGlue = await measure('calling-app.ts', sdks);
const liveGlue = await measure('live-app.ts', sdks);
const bothGlue = await measure('calling-and-live-app.ts', sdks);
const ourApp = await measure('calling-app.ts', []);
const engineApp = await measure('call-engine-app.ts', []);
const media = await measureMedia();
const results = {
  measuredWith: {
    'trtc-sdk-v5': version('trtc-sdk-v5'),
    '@tencentcloud/chat': version('@tencentcloud/chat'),
    '@tencentcloud/call-engine-js': version('@tencentcloud/call-engine-js'),
  },
  /**
   * The glue each kind of app pulls in of core and adapter-web (tree-shaken, the SDKs external):
   * 40 KB is the budget for one feature; an app with both carries both machines and both sets of ports
   * (49 KB since the call's ordered leave lanes, which the official kits' races need, added 0.5 KB).
   */
  glueByApp: {
    calling: withTarget(callingGlue, 40),
    liveRoom: withTarget(liveGlue, 40),
    callingAndLiveRoom: withTarget(bothGlue, 49),
  },
  /** Everything the main entries of core and adapter-web export (calling, live room). */
  glue: { ...glue, gzipKB: kb(glue.gzipBytes) },
  /** The glue plus core's subpath entries: `/seed` (the seed's callback modules) and `/inspect` (diagrams). */
  glueWithSeedAndInspect: { ...glueWithSubpaths, gzipKB: kb(glueWithSubpaths.gzipBytes) },
  /**
   * The glue with `@trtc-smart/adapter-web/media` behind an `import()` (code-split; chunk sizes are
   * gzipped one by one): what the page loads up front, the media controls' chunk, and each TRTC
   * plugin's chunk, fetched when its effect is first turned on.
   */
  mediaOnDemand: media,
  ourCompleteApp: { ...ourApp, gzipKB: kb(ourApp.gzipBytes) },
  callEngineCompleteApp: { ...engineApp, gzipKB: kb(engineApp.gzipBytes) },
  ratio: {
    ourAppOverCallEngineApp: Math.round((ourApp.gzipBytes / engineApp.gzipBytes) * 1000) / 1000,
    target: 0.55,
    meetsTarget: ourApp.gzipBytes / engineApp.gzipBytes <= 0.55,
  },
};
const missed = [
  ...Object.entries(results.glueByApp)
    .filter(([, size]) => !size.meetsTarget)
    .map(([app, size]) => `${app} glue ${size.gzipBytes} B gzip > ${size.targetKB} KB`),
  ...(results.ratio.meetsTarget
    ? []
    : [`our app / call-engine app ${results.ratio.ourAppOverCallEngineApp} > 0.55`]),
  ...(media.noMediaCodeUpFront ? [] : ['media controls or TRTC plugins are in the glue loaded up front']),
];
// `--check` (pnpm check:size, in pnpm test): the budgets only, nothing written.
if (process.argv.includes('--check')) {
  const { calling, liveRoom, callingAndLiveRoom } = results.glueByApp;
  console.log(
    `adapter-web glue, gzip: calling app ${calling.gzipBytes} B, live-room app ${liveRoom.gzipBytes} B, both ${callingAndLiveRoom.gzipBytes} B`,
  );
} else {
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'size.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}
if (missed.length > 0) {
  console.error(`over budget: ${missed.join('; ')}`);
  process.exit(1);
}
