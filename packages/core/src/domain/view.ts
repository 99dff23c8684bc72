/** A native view's place over the web view, as APICloud and native Capacitor plugins take it. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * How an adapter checks the views it accepts. Views are opaque to core: a rect on native,
 * an element or element id on the web. Returns the rule the value breaks, or undefined.
 */
export interface ViewRule<View> {
  readonly describe: string;
  /** The view, or the problem with it (a message naming the rule). */
  check(value: unknown): value is View;
  /** Which part of the value breaks the rule, for the error message (e.g. `.w must be a finite number >= 0`). */
  explain(value: unknown): string;
}

const RECT_KEYS = ['x', 'y', 'w', 'h'] as const;

const rectProblem = (value: unknown): string | undefined => {
  if (value === null || typeof value !== 'object') return 'must be an object {x, y, w, h}';
  for (const key of RECT_KEYS) {
    const n = (value as Record<string, unknown>)[key];
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return `.${key} must be a finite number >= 0`;
  }
  return undefined;
};

/** The rule for native adapters (APICloud, native Capacitor) and the testkit. */
export const rectViewRule: ViewRule<Rect> = {
  describe: 'a rect {x, y, w, h} of finite numbers >= 0',
  check: (value): value is Rect => rectProblem(value) === undefined,
  explain: (value) => rectProblem(value) ?? '',
};

const ELEMENT_ID = /^[^\s]{1,256}$/;

/**
 * What is wrong with a web view, or undefined: an element id (TRTC looks it up when it plays), or
 * an element as `isElement` recognises one. adapter-web and the testkit's fake cloud take the same.
 */
export function webViewProblem(value: unknown, isElement: (value: object) => boolean): string | undefined {
  if (typeof value === 'string')
    return ELEMENT_ID.test(value) ? undefined : 'an id is 1-256 characters, no spaces';
  if (value !== null && typeof value === 'object' && isElement(value)) return undefined;
  return 'neither an element nor an element id';
}
