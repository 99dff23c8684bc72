import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

/** Run-time imports (type-only ones vanish from the build). */
const runtimeImports = (text: string): string[] =>
  [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );

describe('the web implementation is loaded lazily', () => {
  it('only web.ts loads adapter-web, and nothing loads web.ts but the dynamic import in index.ts', () => {
    const offenders = sourceFiles(src).flatMap((file) => {
      const name = relative(src, file);
      return runtimeImports(readFileSync(file, 'utf8'))
        .filter((spec) => spec === './web.js' || (spec === '@trtc-smart/adapter-web' && name !== 'web.ts'))
        .map((spec) => `${name} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
    expect(readFileSync(join(src, 'index.ts'), 'utf8')).toContain("import('./web.js')");
  });
});
