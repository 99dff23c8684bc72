import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATE_CHARTS_PATH, stateChartsPage } from '../docs/state-charts.js';

describe('the reference state charts', () => {
  it('match the machines (run `pnpm run docs` to regenerate)', () => {
    expect(readFileSync(STATE_CHARTS_PATH, 'utf8')).toBe(stateChartsPage());
  });
});
