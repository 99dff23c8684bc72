import type { TraceEntry } from '@trtc-smart/testkit';
import { BACKGROUND_KINDS } from '../sim/driver.js';
import { renderSequence } from '../timeline/render-sequence.js';
import { sequenceOf } from '../timeline/sequence.js';
import { h } from './dom.js';

export interface TimelineView {
  readonly el: HTMLElement;
  /** Redraws when the trace grew (or `force`); a no-op otherwise. */
  update(trace: readonly TraceEntry[], start: number, force?: boolean): void;
}

/** The whole run as a sequence diagram of signaling messages with virtual times. */
export function timelineView(): TimelineView {
  const stats = h('input', { type: 'checkbox', 'data-testid': 'timeline-stats' });
  const count = h('span', { 'data-testid': 'timeline-count' }, '0');
  const body = h('div', { class: 'timeline-body' });
  let drawn = -1;
  let last: { trace: readonly TraceEntry[]; start: number } | undefined;
  const redraw = () => last && view.update(last.trace, last.start, true);
  stats.addEventListener('change', redraw);
  const el = h(
    'section',
    { class: 'timeline', 'data-testid': 'timeline' },
    h(
      'header',
      {},
      h('h2', {}, 'Timeline'),
      ' messages: ',
      count,
      h('label', {}, stats, ' show media statistics'),
    ),
    body,
  );
  const view: TimelineView = {
    el,
    update(trace, start, force = false) {
      last = { trace, start };
      if (!force && trace.length === drawn) return;
      drawn = trace.length;
      const model = sequenceOf(trace, { start, ...(stats.checked ? {} : { hide: BACKGROUND_KINDS }) });
      count.textContent = String(model.arrows.length);
      const atBottom = body.scrollTop + body.clientHeight >= body.scrollHeight - 30;
      body.replaceChildren(renderSequence(model));
      if (atBottom) body.scrollTop = body.scrollHeight;
    },
  };
  return view;
}
