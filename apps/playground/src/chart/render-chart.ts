import { svg } from '../ui/dom.js';
import type { ChartLayout } from './layout.js';

/** An SVG of a laid-out chart; nodes carry `data-node`, edges `data-edge`, for highlighting. */
export function renderChart(layout: ChartLayout, testId: string): SVGSVGElement {
  const root = svg('svg', {
    class: 'chart',
    'data-testid': testId,
    width: Math.ceil(layout.width),
    height: Math.ceil(layout.height),
    viewBox: `0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}`,
    preserveAspectRatio: 'xMidYMin meet',
  });
  root.append(
    svg(
      'defs',
      {},
      svg(
        'marker',
        {
          id: `${testId}-arrow`,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 6,
          markerHeight: 6,
          orient: 'auto',
        },
        svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }),
      ),
    ),
  );
  // Outer states first, so inner ones paint on top.
  for (const node of [...layout.nodes].sort((a, b) => a.depth - b.depth)) {
    root.append(
      svg(
        'g',
        {
          class: `node${node.compound ? ' compound' : ''}${node.final ? ' final' : ''}`,
          'data-node': node.id,
        },
        svg('rect', { x: node.x, y: node.y, width: node.w, height: node.h, rx: node.compound ? 8 : 12 }),
        svg(
          'text',
          node.compound
            ? { x: node.x + 8, y: node.y + 15 }
            : { x: node.x + node.w / 2, y: node.y + node.h / 2 + 4, 'text-anchor': 'middle' },
          `${node.initial ? '▸ ' : ''}${node.label}`,
        ),
      ),
    );
  }
  for (const edge of layout.edges) {
    const [first, ...rest] = edge.points;
    if (!first) continue;
    const d = `M${first.x},${first.y}${rest.map((p) => ` L${p.x},${p.y}`).join('')}`;
    root.append(
      svg(
        'g',
        { class: 'edge', 'data-edge': edge.id },
        svg('path', { d, 'marker-end': `url(#${testId}-arrow)` }),
        edge.labelBox &&
          svg('text', { x: edge.labelBox.x, y: edge.labelBox.y + edge.labelBox.h - 3 }, edge.label),
      ),
    );
  }
  return root;
}

/** Marks the active states and the last transition taken; `data-active` is what tests look for. */
export function highlightChart(
  root: SVGSVGElement,
  active: ReadonlySet<string>,
  lastEdges: ReadonlySet<string>,
): void {
  for (const el of root.querySelectorAll<SVGGElement>('[data-node]')) {
    const on = active.has(el.dataset.node ?? '');
    el.classList.toggle('active', on);
    el.setAttribute('data-active', String(on));
  }
  for (const el of root.querySelectorAll<SVGGElement>('[data-edge]')) {
    const on = lastEdges.has(el.dataset.edge ?? '');
    el.classList.toggle('taken', on);
    el.setAttribute('data-taken', String(on));
  }
}
