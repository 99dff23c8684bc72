import { h, svg } from '../ui/dom.js';
import { since } from '../ui/format.js';
import type { SequenceModel } from './sequence.js';

const LANE_W = 130;
const LEFT = 78;
/**
 * A row: its label on top (baseline at the row's y, 10px font), its arrow below from y + 5 to
 * y + 11, so neither the row's own arrow nor the one above crosses a label.
 */
const ROW = 24;
const LABEL_TO_ARROW = 5;
const ARROW_DROP = 6;
const TOP = 14;
const HEAD_H = 22;

/**
 * The newest `limit` rows of a sequence model as a sequence diagram (lanes across, time down): a
 * header of lane names that sticks to the top of the scrolling timeline, over an SVG of the rows.
 */
export function renderSequence(model: SequenceModel, limit = 400): HTMLElement {
  type Row = { t: number; draw: (y: number) => SVGElement };
  const x = (lane: string) => LEFT + model.lanes.indexOf(lane) * LANE_W + LANE_W / 2;
  const rows: Row[] = [
    ...model.arrows.map((a) => ({
      t: a.sentAt,
      draw: (y: number) => {
        const x1 = x(a.from);
        const x2 = x(a.to);
        const end = a.outcome === 'dropped' ? (x1 + x2) / 2 : x2;
        const latency = a.endedAt === null ? 'in flight' : `${Math.round(a.endedAt - a.sentAt)}ms`;
        const y1 = y + LABEL_TO_ARROW;
        return svg(
          'g',
          {
            class: `arrow ${a.outcome}${a.duplicate ? ' duplicate' : ''}`,
            'data-kind': a.kind,
            'data-raw': a.raw ?? undefined,
          },
          svg(
            'title',
            {},
            `${a.kind} ${a.from} → ${a.to} (${latency}${a.reason ? `, dropped: ${a.reason}` : ''})${
              a.raw === null ? '' : `\n${a.raw}`
            }`,
          ),
          svg('line', {
            x1,
            y1,
            x2: end,
            y2: y1 + ARROW_DROP,
            'marker-end': a.outcome === 'dropped' ? undefined : 'url(#seq-arrow)',
          }),
          a.outcome === 'dropped' && svg('text', { x: end - 4, y: y1 + ARROW_DROP + 4, class: 'cross' }, '✕'),
          svg(
            'text',
            { x: Math.min(x1, x2) + 6, y, class: 'kind' },
            a.raw === null ? a.kind : `${a.kind} ${a.raw.replace(/\s+/g, ' ').slice(0, 60)}`,
          ),
        );
      },
    })),
    ...model.marks.map((m) => ({
      t: m.t,
      draw: (y: number) => svg('text', { x: LEFT, y: y + 4, class: 'mark' }, `⚡ ${m.text}`),
    })),
  ]
    .sort((a, b) => a.t - b.t)
    .slice(-limit);
  const width = LEFT + model.lanes.length * LANE_W;
  const height = TOP + rows.length * ROW;
  const root = svg('svg', {
    class: 'sequence',
    'data-testid': 'sequence',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
  });
  root.append(
    svg(
      'defs',
      {},
      svg(
        'marker',
        {
          id: 'seq-arrow',
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: 'auto',
        },
        svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#5b6678' }),
      ),
    ),
  );
  const head = svg('svg', {
    class: 'sequence-lanes',
    'data-testid': 'sequence-lanes',
    width,
    height: HEAD_H,
    viewBox: `0 0 ${width} ${HEAD_H}`,
  });
  for (const lane of model.lanes) {
    root.append(svg('line', { class: 'lane', x1: x(lane), y1: 0, x2: x(lane), y2: height }));
    head.append(
      svg(
        'text',
        { class: 'lane-name', 'data-lane': lane, x: x(lane), y: 15, 'text-anchor': 'middle' },
        lane,
      ),
    );
  }
  rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    root.append(svg('text', { class: 'time', x: 4, y }, since(row.t, model.start)), row.draw(y));
  });
  return h('div', { class: 'sequence-wrap' }, head, root);
}
