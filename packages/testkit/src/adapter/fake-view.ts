import type { Rect, ViewRule } from '@trtc-smart/core';
import { rectViewRule, webViewProblem } from '@trtc-smart/core/adapter-kit';

/** A DOM element, or a stand-in for one where there is no DOM (Node): an object with `nodeType` 1. */
export interface ElementLike {
  readonly nodeType: number;
}

/**
 * A view the fake cloud takes: a native rect, or a web view as adapter-web takes it (an element
 * or an element id), so web app code runs unchanged in tests and in the playground.
 */
export type FakeView = Rect | string | ElementLike;

const isElementLike = (value: object): boolean => (value as { nodeType?: unknown }).nodeType === 1;
/** An object with a rect's keys is meant as one: its problem is the rect's. */
const looksLikeRect = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && ['x', 'y', 'w', 'h'].some((key) => key in value);

const problem = (value: unknown): string | undefined => {
  if (rectViewRule.check(value)) return undefined;
  return looksLikeRect(value) ? rectViewRule.explain(value) : webViewProblem(value, isElementLike);
};

/** The fake cloud's view rule: a rect, an element id or an element, checked as the web adapter checks them. */
export const fakeViewRule: ViewRule<FakeView> = {
  describe: `${rectViewRule.describe}, an element or an element id`,
  check: (value): value is FakeView => problem(value) === undefined,
  explain: (value) => problem(value) ?? '',
};
