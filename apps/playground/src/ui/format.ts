/** Virtual time since the run started, as `+12.345s`. */
export const since = (t: number, start: number): string => `+${((t - start) / 1000).toFixed(3)}s`;

/** A label as a test id fragment: `video call` → `video-call`. */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
