/**
 * The newcomer's first hour, in CI: packs every publishable package with `pnpm pack`, installs
 * the tarballs with npm into a fresh project outside the repository (os.tmpdir), and there takes
 * every README and guide snippet unchanged (tools/docs/snippets.ts): runs the runnable ones in
 * Node, builds all of them in a Vite app, and type-checks all of them with `tsc --strict` under
 * moduleResolution bundler and node16. Run by `pnpm test` after the build (`pnpm test:pack`).
 *
 * npm fetches the third-party dependencies (xstate, rxjs, the Tencent SDKs, @capacitor/core)
 * with --prefer-offline, so a warm npm cache needs no network.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { build } from 'vite';
import { runBrowserSnippets, writeSnippetPage } from './docs/browser-snippets.js';
import { allSnippets, type Snippet } from './docs/snippets.js';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const started = Date.now();
const log = (line: string) =>
  console.log(`pack-smoke [${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);

function sh(cmd: string, args: string[], cwd: string, timeoutMs = 300_000): string {
  const run = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, env: process.env });
  if (run.status !== 0) {
    const why = run.error ? String(run.error) : `exit ${run.status ?? run.signal}`;
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed: ${why}\n${run.stdout}\n${run.stderr}`);
  }
  return run.stdout;
}

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

const packageDirs = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')) && manifestOf(dir).private !== true);
const missingBuild = packageDirs.filter((dir) => !existsSync(join(dir, 'dist')));
if (missingBuild.length > 0)
  throw new Error(`build first (pnpm build): no dist in ${missingBuild.join(', ')}`);

const work = mkdtempSync(join(tmpdir(), 'trtc-smart-pack-'));
const tarballs = join(work, 'tarballs');
const project = join(work, 'app');
mkdirSync(tarballs);
mkdirSync(join(project, 'snippets'), { recursive: true });
let failed = false;

try {
  // 1. Pack, as `pnpm publish` would (workspace: ranges become versions).
  for (const dir of packageDirs) sh('pnpm', ['pack', '--pack-destination', tarballs], dir);
  const packed = readdirSync(tarballs).filter((file) => file.endsWith('.tgz'));
  log(`packed ${packed.join(', ')}`);

  // 2. A fresh project: the tarballs, and the third-party packages the snippets import, at the
  // versions the repository is tested with.
  const manifests = packageDirs.map(manifestOf);
  const dependencies: Record<string, string> = {};
  for (const m of manifests) {
    dependencies[m.name] =
      `file:${join(tarballs, `${m.name.replace('@', '').replace('/', '-')}-${m.version}.tgz`)}`;
  }
  for (const m of manifests) {
    for (const [name, range] of Object.entries(m.peerDependencies ?? {})) {
      dependencies[name] ??= m.devDependencies?.[name] ?? range;
    }
  }
  // A React snippet also renders (react-dom) and type-checks its JSX, at the React example's versions.
  const reactApp = manifestOf(join(root, 'examples/web-call-react'));
  for (const name of ['react-dom', '@types/react', '@types/react-dom']) {
    dependencies[name] ??= reactApp.dependencies?.[name] ?? reactApp.devDependencies?.[name] ?? 'latest';
  }
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'pack-smoke-app', private: true, type: 'module', dependencies }, null, 2),
  );
  sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], project);
  log(`installed ${Object.keys(dependencies).join(', ')}`);

  // 3. The snippets, unchanged.
  const snippets = allSnippets(root);
  const fileOf = (s: Snippet) => `snippets/${s.name}.${s.lang}`;
  for (const s of snippets) writeFileSync(join(project, fileOf(s)), s.code);
  const where = (s: Snippet) => `${s.file}:${s.line}`;

  // 4. Node runs the runnable ones (the `browser` ones run in Chromium, step 7): a throw, an
  // unhandled rejection or a hang (Node's exit 13: an unsettled top-level await) fails.
  const runnable = snippets.filter((s) => s.run && !s.browser);
  mkdirSync(join(project, 'node'));
  for (const s of runnable) {
    const { code } = await transform(s.code, { loader: s.lang, format: 'esm', target: 'node20' });
    const file = join(project, 'node', `${s.name}.mjs`);
    writeFileSync(file, code);
    const run = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) {
      failed = true;
      const why = run.signal ? `killed (${run.signal}): it hangs` : `exit ${run.status}`;
      console.error(`FAIL ${where(s)}: node ${why}\n${run.stdout}${run.stderr}`);
    }
  }
  log(`ran ${runnable.length} snippets in Node (${snippets.filter((s) => !s.run).length} marked no-run)`);

  // 5. tsc --strict under both module resolutions a TypeScript app uses.
  const tsc = require.resolve('typescript/bin/tsc');
  for (const [module, moduleResolution] of [
    ['esnext', 'bundler'],
    ['node16', 'node16'],
  ] as const) {
    const config = `tsconfig.${moduleResolution}.json`;
    const compilerOptions = {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      module,
      moduleResolution,
      allowJs: true,
      checkJs: true,
      skipLibCheck: true,
      jsx: 'react-jsx',
      types: [],
    };
    // Under node16, TypeScript reads the Tencent SDKs' `export default` typings over their
    // CommonJS `module.exports` as the module object ("masquerading as ESM"), so the snippets
    // that import them are checked under bundler, where web apps build them, only.
    const files = snippets
      .filter(
        (s) => moduleResolution === 'bundler' || !/from '(trtc-sdk-v5|@tencentcloud\/chat)/.test(s.code),
      )
      .map(fileOf);
    writeFileSync(join(project, config), JSON.stringify({ compilerOptions, files }, null, 2));
    const run = spawnSync(process.execPath, [tsc, '-p', config], { cwd: project, encoding: 'utf8' });
    if (run.status !== 0) {
      failed = true;
      console.error(`FAIL tsc --strict, moduleResolution ${moduleResolution}:\n${run.stdout}${run.stderr}`);
    }
    log(
      `tsc --strict, moduleResolution ${moduleResolution}, ${files.length} snippets: ${run.status === 0 ? 'ok' : 'errors'}`,
    );
  }

  // 6. Vite builds every snippet as a browser entry, and each `browser` one's page.
  const inBrowser = snippets.filter((s) => s.run && s.browser);
  const input = Object.fromEntries([
    ...snippets.map((s) => [s.name, join(project, fileOf(s))]),
    ...inBrowser.map((s) => [`${s.name}-page`, writeSnippetPage(project, s, `${s.name}.${s.lang}`)]),
  ]);
  await build({
    root: project,
    configFile: false,
    logLevel: 'error',
    build: { outDir: join(project, 'vite-dist'), minify: false, rollupOptions: { input } },
  });
  log(`vite built ${snippets.length} snippets`);

  // 7. Headless Chromium runs the `browser` snippets: React and Vue components on the fake cloud.
  const browserFailures = await runBrowserSnippets(join(project, 'vite-dist'), inBrowser);
  for (const failure of browserFailures) console.error(`FAIL ${failure}`);
  if (browserFailures.length > 0) failed = true;
  log(`ran ${inBrowser.length} snippets in Chromium`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.error('pack-smoke: failed (see FAIL above)');
  process.exit(1);
}
log('ok');
