import { invalidParameter } from './errors.js';

/** A numeric option of createCalling / createLiveRoom: its default when absent, else checked. */
export function numberOption(
  value: number | undefined,
  name: string,
  fallback: number,
  min: 0 | 'positive',
): number {
  if (value === undefined) return fallback;
  const ok = Number.isFinite(value) && (min === 0 ? value >= 0 : value > 0);
  if (!ok) throw invalidParameter(name, min === 0 ? 'must be a number >= 0' : 'must be a number > 0');
  return value;
}
