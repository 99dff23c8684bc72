import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A changeset whose frontmatter a formatter has mangled (biome once turned `"pkg": minor` + `---`
// into a markdown heading) is silently dropped by `changeset version`: check each one parses.
const root = join(import.meta.dirname, '../..');
const dir = join(root, '.changeset');
const workspacePackages = new Set(
  ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(root, group)).map(
      (name) =>
        (JSON.parse(readFileSync(join(root, group, name, 'package.json'), 'utf8')) as { name: string }).name,
    ),
  ),
);

describe('changesets', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  for (const file of files) {
    it(`${file} has valid frontmatter and a summary`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      expect(match, 'starts with a --- frontmatter block').not.toBeNull();
      const [, head = '', body = ''] = match ?? [];
      const entries = head.split('\n').filter((line) => line.trim() !== '');
      expect(entries.length).toBeGreaterThan(0);
      for (const line of entries) {
        const entry = /^"([^"]+)": (patch|minor|major)$/.exec(line);
        expect(entry, `"${line}" is "<package>": patch|minor|major`).not.toBeNull();
        expect(workspacePackages.has(entry?.[1] ?? ''), `${entry?.[1]} is a workspace package`).toBe(true);
      }
      expect(body.trim().length).toBeGreaterThan(0);
    });
  }
});
