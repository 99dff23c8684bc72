import { describe, expect, it } from 'vitest';
import { focusBox, READABLE_SCALE } from '../src/chart/focus.js';
import type { ChartLayout, PositionedNode } from '../src/chart/layout.js';

const node = (id: string, x: number, y: number, w: number, h: number, depth: number, compound = false) =>
  ({ id, label: id, compound, initial: false, final: false, depth, x, y, w, h }) satisfies PositionedNode;

/** A machine like the call machine: a huge top-level compound, a mid-size one and small leaves. */
const layout: ChartLayout = {
  width: 2400,
  height: 1000,
  nodes: [
    node('loggedIn', 10, 10, 2300, 980, 0, true),
    node('loggedIn.idle', 1200, 940, 46, 28, 1),
    node('loggedIn.active', 600, 40, 500, 300, 1, true),
    node('loggedIn.active.inCall', 800, 300, 60, 28, 2),
  ],
  edges: [],
};
const view = { w: 700, h: 320 };
const aspect = (b: { w: number; h: number }) => b.w / b.h;
const inside = (b: { x: number; y: number; w: number; h: number }) =>
  b.x >= 0 && b.y >= 0 && b.x + b.w <= layout.width + 1e-9 && b.y + b.h <= layout.height + 1e-9;

describe('the small chart follows the active state at a readable scale', () => {
  it('idle at the top level: a readable window around the idle state, not the whole machine', () => {
    const box = focusBox(layout, new Set(['loggedIn', 'loggedIn.idle']), view);
    expect(view.w / box.w).toBeGreaterThanOrEqual(READABLE_SCALE - 1e-9);
    expect(aspect(box)).toBeCloseTo(aspect(view));
    expect(inside(box)).toBe(true);
    expect(box.x).toBeLessThanOrEqual(1200);
    expect(box.x + box.w).toBeGreaterThanOrEqual(1246);
    expect(box.y + box.h).toBeGreaterThanOrEqual(968);
  });

  it('in a compound state that fits: that state, in the view’s aspect ratio', () => {
    const box = focusBox(layout, new Set(['loggedIn', 'loggedIn.active', 'loggedIn.active.inCall']), view);
    expect(aspect(box)).toBeCloseTo(aspect(view));
    expect(box.x).toBeLessThanOrEqual(600 - 12);
    expect(box.x + box.w).toBeGreaterThanOrEqual(1100 + 12);
    expect(view.w / box.w).toBeGreaterThanOrEqual(READABLE_SCALE - 1e-9);
    expect(inside(box)).toBe(true);
  });

  it('a chart smaller than the view is shown whole, centred, not blown up', () => {
    const small: ChartLayout = { width: 200, height: 100, nodes: [node('a', 0, 0, 50, 28, 0)], edges: [] };
    const box = focusBox(small, new Set(['a']), view);
    expect(aspect(box)).toBeCloseTo(aspect(view));
    expect(box.x).toBeLessThanOrEqual(0);
    expect(box.x + box.w).toBeGreaterThanOrEqual(200);
    expect(view.w / box.w).toBeLessThanOrEqual(1.4 + 1e-9);
  });
});
