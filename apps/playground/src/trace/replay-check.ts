import type { TraceEntry } from '@trtc-smart/testkit';

export type ReplayVerdict =
  | { readonly kind: 'pending' }
  | { readonly kind: 'match'; readonly entries: number }
  | { readonly kind: 'differs'; readonly at: number };

/** Compares a replay's trace with the recording once the replay has produced as many entries. */
export function checkReplay(recorded: readonly TraceEntry[], replayed: readonly TraceEntry[]): ReplayVerdict {
  if (replayed.length < recorded.length) return { kind: 'pending' };
  const at = recorded.findIndex((entry, i) => JSON.stringify(entry) !== JSON.stringify(replayed[i]));
  return at < 0 ? { kind: 'match', entries: recorded.length } : { kind: 'differs', at };
}
