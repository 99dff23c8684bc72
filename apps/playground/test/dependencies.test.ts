import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The architecture's rule for the app: it may use core, testkit and adapter-web; nothing uses it. */
const root = join(import.meta.dirname, '../../..');
const allowed =
  /^(@trtc-smart\/(core(\/(seed|inspect|media))?|testkit|adapter-web(\/dev-usersig)?)|xstate|elkjs\/lib\/[\w.-]+\.js|trtc-sdk-v5(\/plugins\/cross-room)?|@tencentcloud\/chat)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );

describe('playground dependencies', () => {
  it('the app imports only core, testkit, adapter-web (with the Tencent SDKs it runs on), xstate and elkjs', () => {
    const offenders = sourceFiles(join(root, 'apps/playground/src')).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => !spec.startsWith('.') && !allowed.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no package imports the playground', () => {
    const offenders = sourceFiles(join(root, 'packages')).filter((file) =>
      importsOf(readFileSync(file, 'utf8')).some((spec) => spec.includes('playground')),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
