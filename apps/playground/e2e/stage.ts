import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const WAIT = { timeout: 20_000 };

/** Reading and driving the stage through its data-testid attributes. */
export function stageOf(page: Page) {
  const byId = (id: string) => page.locator(`[data-testid="${id}"]`);
  return {
    byId,
    /** A chart node of the user's machine marked active. */
    activeNode: (user: string, node: string) =>
      page.locator(`[data-testid="chart-${user}"] [data-node="${node}"][data-active="true"]`),
    async expectStatus(user: string, value: string): Promise<void> {
      await page.waitForSelector(`[data-testid="card-${user}"][data-status="${value}"]`, WAIT);
      expect(await byId(`status-${user}`).textContent()).toBe(value);
    },
    async expectLog(user: string, text: string): Promise<void> {
      await page.waitForFunction(
        ([id, t]) => document.querySelector(`[data-testid="log-${id}"]`)?.textContent?.includes(t) ?? false,
        [user, text] as const,
        WAIT,
      );
    },
    /** Plays a preset from the toolbar until its last step has run. */
    async playPreset(id: string): Promise<void> {
      await byId('preset').selectOption(id);
      await byId('preset-play').click();
      await page.waitForSelector(`[data-testid="preset-steps"][data-preset="${id}"][data-done="true"]`, WAIT);
    },
  };
}

export type Stage = ReturnType<typeof stageOf>;
