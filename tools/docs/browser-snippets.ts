import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/chromium.js';
import { serveStatic } from '../e2e/serve-static.js';
import type { Snippet } from './snippets.js';

/** What a page sets when its snippet finished: 'ok', or the error it threw. */
const DONE = 'snippetDone';

/**
 * Writes the page that runs a `browser` snippet (`snippets/NAME.html`, beside the snippet file)
 * and returns its path: Vite builds it as an entry, and `runBrowserSnippets` opens it.
 */
export function writeSnippetPage(project: string, s: Snippet, file: string): string {
  const page = join(project, 'snippets', `${s.name}.html`);
  // The empty icon keeps Chromium from asking for /favicon.ico, whose 404 it logs as an error.
  writeFileSync(
    page,
    `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${s.name}</title></head><body>
<script type="module">
import('./${file}').then(() => { window.${DONE} = 'ok'; }, (e) => { window.${DONE} = String(e?.stack ?? e); });
</script>
</body></html>
`,
  );
  return page;
}

/**
 * Opens each built snippet page in headless Chromium; a snippet fails when it throws, logs an
 * error, leaves its page empty or does not finish within 30 s. Returns the failures' messages.
 */
export async function runBrowserSnippets(dist: string, snippets: readonly Snippet[]): Promise<string[]> {
  const failures: string[] = [];
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    for (const s of snippets) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${server.url}snippets/${s.name}.html`);
      const done = await page
        .waitForFunction((key) => (globalThis as unknown as Record<string, string>)[key], DONE, {
          timeout: 30_000,
        })
        .then((handle) => handle.jsonValue() as Promise<string>)
        .catch(() => 'did not finish within 30 s: it hangs');
      const text = (
        await page.evaluate(
          () =>
            (globalThis as unknown as { document: { body: { textContent: string } } }).document.body
              .textContent,
        )
      ).trim();
      if (done !== 'ok') errors.push(done);
      if (text === '') errors.push('it rendered nothing');
      if (errors.length > 0) failures.push(`${s.file}:${s.line}: ${errors.join('\n')}`);
      else console.log(`pack-smoke: ${s.file}:${s.line} rendered "${text.replace(/\s+/g, ' ')}"`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return failures;
}
