import type { Box, ChartLayout } from './layout.js';

/** The smallest scale a card draws the chart at: 11px labels stay about 9px, readable. */
export const READABLE_SCALE = 0.8;
/** The largest: a small state is not blown up past this. */
const MAX_SCALE = 1.4;
const PAD = 12;

/**
 * The part of the chart a card's view of `view` pixels shows: the innermost active compound state
 * that fits at a readable scale, else the whole chart if that fits, else a readable window
 * centred on the innermost active state (a machine idle at its top level would otherwise be drawn
 * whole and too small). The box has the view's aspect ratio, so the chart fills its frame exactly
 * and nothing is drawn outside it.
 */
export function focusBox(
  layout: ChartLayout,
  active: ReadonlySet<string>,
  view: { readonly w: number; readonly h: number },
  minScale = READABLE_SCALE,
): Box {
  const most = { w: view.w / minScale, h: view.h / minScale };
  const fits = (b: Box) => b.w <= most.w && b.h <= most.h;
  const padded = (b: Box): Box => ({ x: b.x - PAD, y: b.y - PAD, w: b.w + 2 * PAD, h: b.h + 2 * PAD });
  const activeNodes = layout.nodes.filter((n) => active.has(n.id)).sort((a, b) => b.depth - a.depth);
  const compound = activeNodes.find((n) => n.compound && fits(padded(n)));
  const whole = { x: 0, y: 0, w: layout.width, h: layout.height };
  const innermost = activeNodes[0];
  let target: Box;
  if (compound) target = padded(compound);
  else if (fits(whole) || !innermost) target = whole;
  else {
    const cx = innermost.x + innermost.w / 2;
    const cy = innermost.y + innermost.h / 2;
    target = { x: cx - most.w / 2, y: cy - most.h / 2, w: most.w, h: most.h };
  }
  return clamp(toAspect(target, view), layout);
}

/** Grows the box around its centre to the view's aspect ratio and at least the view's size / MAX_SCALE. */
function toAspect(box: Box, view: { readonly w: number; readonly h: number }): Box {
  const aspect = view.w / view.h;
  let w = Math.max(box.w, view.w / MAX_SCALE);
  let h = Math.max(box.h, view.h / MAX_SCALE);
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  return { x: box.x + box.w / 2 - w / 2, y: box.y + box.h / 2 - h / 2, w, h };
}

/** Slides the box inside the chart where it can (centres it where the chart is smaller). */
function clamp(box: Box, layout: ChartLayout): Box {
  const slide = (start: number, size: number, total: number) =>
    size >= total ? (total - size) / 2 : Math.min(Math.max(start, 0), total - size);
  return { ...box, x: slide(box.x, box.w, layout.width), y: slide(box.y, box.h, layout.height) };
}
