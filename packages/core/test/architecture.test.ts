import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The dependency rule of the architecture brief, checked on every package's sources. */
const root = join(import.meta.dirname, '../../..');

// Core's entries: the main one and its subpaths (`/seed`, `/inspect`).
const allowedImports: Record<string, RegExp> = {
  core: /^(xstate|rxjs)$/,
  testkit: /^(@trtc-smart\/core(\/(seed|inspect|adapter-kit|media))?|rxjs|xstate)$/,
  'adapter-web':
    /^(@trtc-smart\/core(\/(seed|inspect|adapter-kit|media))?|rxjs|trtc-sdk-v5(\/plugins(\/[a-z-]+)+)?|@tencentcloud\/chat)$/,
  'adapter-apicloud': /^@trtc-smart\/core(\/(seed|inspect|adapter-kit|media))?$/,
  // The one edge between adapters: issue 7 asks for the Capacitor plugin's web implementation
  // (src/web.ts, loaded lazily) to be adapter-web. Its test checks that nothing else loads it at run time.
  'adapter-capacitor':
    /^(@trtc-smart\/(core(\/(seed|inspect|adapter-kit|media))?|adapter-web(\/media)?)|@capacitor\/core|rxjs)$/,
  // The bindings depend on core and their framework only (issue 17). `@trtc-smart/core/media` is core
  // too: the bindings import its types only (CallingWithMedia, MediaControls...) for the `media`
  // overloads, as core's main entry does not re-export them, so no media code is bundled.
  react: /^(@trtc-smart\/core(\/media)?|react)$/,
  vue: /^(@trtc-smart\/core(\/media)?|vue)$/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );

describe('dependency rule', () => {
  for (const [pkg, allowed] of Object.entries(allowedImports)) {
    it(`${pkg} imports only what the brief allows`, () => {
      const offenders = sourceFiles(join(root, 'packages', pkg, 'src')).flatMap((file) =>
        importsOf(readFileSync(file, 'utf8'))
          .filter((spec) => !spec.startsWith('.') && !allowed.test(spec))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('core touches no DOM, real timers, wall clock or randomness (those come through ports)', () => {
    // Global timer calls, not the clock port's methods (`clock.setTimeout(`, `setTimeout: (`, `setTimeout(cb: T)`).
    const forbidden =
      /\b(window|document|Date\.now|Math\.random|new Date)\b|(?<![.\w])(setTimeout|setInterval)\((?![\w]+:)/;
    const offenders = sourceFiles(join(root, 'packages/core/src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && forbidden.test(line))
        .map((line) => `${relative(root, file)}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
