import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The TypeScript and JavaScript code blocks of the repository's READMEs and guides, as a user
 * copies them. The info string says how CI treats a block:
 *
 * - ```` ```ts ```` (or `js`, `typescript`, `javascript`): runs in Node (and type-checks, and
 *   builds in Vite): it must finish, without throwing, hanging or leaving a rejection unhandled.
 * - ```` ```ts no-run ````: needs a phone or a real cloud: it type-checks and builds in Vite,
 *   but does not run.
 * - ```` ```tsx browser ```` (or `ts browser`): needs a DOM (a React or Vue component on the fake
 *   cloud): it type-checks, builds in Vite, and runs in a page of headless Chromium, where it must
 *   finish without an error.
 * - ```` ```ts continues ````: the next part of the file's previous block (prose between the
 *   steps); the two are checked as one snippet, under the first block's flags.
 *
 * The Capacitor README's `<docgen-api>` section is left out: docgen writes it from
 * definitions.ts, and its blocks are signatures, not examples.
 */
export interface Snippet {
  /** The document, relative to the repository root. */
  readonly file: string;
  /** The first block's opening line (1-based). */
  readonly line: number;
  readonly lang: 'ts' | 'tsx' | 'js';
  readonly run: boolean;
  /** Runs in a browser page rather than in Node. */
  readonly browser: boolean;
  readonly code: string;
  /** A file name for it: the document's path and the line, flattened. */
  readonly name: string;
}

const LANGS: Record<string, 'ts' | 'tsx' | 'js'> = {
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
  js: 'js',
  javascript: 'js',
};
const FLAGS = new Set(['no-run', 'continues', 'browser']);
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  '.changeset',
  '.turbo',
  'fuzz-failures',
  'api',
]);

/** Every Markdown document a user reads: READMEs and guides, not changesets or changelogs. */
export function docFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.name.endsWith('.md') && entry.name !== 'CHANGELOG.md') {
        found.push(relative(root, join(dir, entry.name)));
      }
    }
  };
  walk(root);
  return found.sort();
}

/** The snippets of one document's text. Throws on an unknown flag or a `continues` with nothing before it. */
export function snippetsOf(file: string, markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  let generated = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.includes('<docgen-api>')) generated = true;
    if (line.includes('</docgen-api>')) generated = false;
    const fence = /^(\s*)(`{3,}|~{3,})\s*(\S*)\s*(.*)$/.exec(line);
    if (fence === null) continue;
    const [, indent = '', marks = '```', info = '', rest = ''] = fence;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marks); i++) {
      body.push((lines[i] ?? '').slice(indent.length));
    }
    const lang = LANGS[info.toLowerCase()];
    if (lang === undefined || generated) continue;
    const flags = rest.split(/\s+/).filter(Boolean);
    const unknown = flags.find((flag) => !FLAGS.has(flag));
    const at = `${file}:${i - body.length}`;
    if (unknown !== undefined)
      throw new Error(`${at}: unknown code block flag "${unknown}" (known: ${[...FLAGS].join(', ')})`);
    const code = `${body.join('\n')}\n`;
    if (flags.includes('continues')) {
      const previous = snippets.pop();
      if (previous === undefined) throw new Error(`${at}: "continues" needs a code block before it`);
      snippets.push({ ...previous, code: `${previous.code}\n${code}` });
      continue;
    }
    const lineNo = i - body.length;
    const name = `${file.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '-')}-${lineNo}`.toLowerCase();
    const run = !flags.includes('no-run');
    snippets.push({ file, line: lineNo, lang, run, browser: flags.includes('browser'), code, name });
  }
  return snippets;
}

/** Every snippet of every document under `root`. */
export function allSnippets(root: string): Snippet[] {
  return docFiles(root).flatMap((file) => snippetsOf(file, readFileSync(join(root, file), 'utf8')));
}
