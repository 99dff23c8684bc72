import type { JsonValue, MessageTraceEntry, TraceEntry } from '@trtc-smart/testkit';

export const CLOUD_LANE = 'cloud';

/** One message hop, from its send to its delivery or drop. */
export interface SequenceArrow {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  readonly sentAt: number;
  /** When it arrived or was dropped; null while in flight. */
  readonly endedAt: number | null;
  readonly outcome: 'delivered' | 'dropped' | 'inFlight';
  readonly reason: string | null;
  readonly duplicate: boolean;
  /** The raw IM payload it carries (an invitation's or a message's data, an introduction), if any. */
  readonly raw: string | null;
}

export interface SequenceMark {
  readonly t: number;
  readonly text: string;
}

/** A sequence diagram of a trace: lanes (the cloud first, then devices as they appear) and arrows. */
export interface SequenceModel {
  readonly start: number;
  readonly lanes: readonly string[];
  readonly arrows: readonly SequenceArrow[];
  /** Faults injected and port calls made, as notes between the arrows. */
  readonly marks: readonly SequenceMark[];
}

export interface SequenceOptions {
  /** Message kinds left out (periodic statistics). */
  readonly hide?: ReadonlySet<string>;
  /** Virtual time zero; defaults to the first entry's time. */
  readonly start?: number;
}

const isMessage = (entry: TraceEntry): entry is MessageTraceEntry =>
  entry.type === 'send' || entry.type === 'deliver' || entry.type === 'drop' || entry.type === 'duplicate';

/**
 * IM invitation calls carry the call kits' raw `data` strings: the timeline shows them, so an
 * official app's payloads (and ours beside them) can be read as they went on the wire.
 */
function imPayload(entry: TraceEntry): string | undefined {
  if (entry.type !== 'call' || !entry.method.startsWith('im.')) return undefined;
  const data = (entry.params as { data?: unknown } | undefined)?.data;
  return typeof data === 'string' && data !== '' ? `${entry.method} ${data}` : undefined;
}

export function sequenceOf(trace: readonly TraceEntry[], options: SequenceOptions = {}): SequenceModel {
  const hide = options.hide ?? new Set<string>();
  const lanes = [CLOUD_LANE];
  const lane = (name: string) => {
    if (!lanes.includes(name)) lanes.push(name);
  };
  const arrows: SequenceArrow[] = [];
  /** Open hops by message id; a duplicate is a second hop of the same id. */
  const open = new Map<number, number[]>();
  const marks: SequenceMark[] = [];
  for (const entry of trace) {
    if (entry.type === 'fault') {
      marks.push({ t: entry.t, text: `${entry.action} ${JSON.stringify(entry.payload)}` });
      continue;
    }
    if (!isMessage(entry)) {
      lane(entry.device);
      const payload = imPayload(entry);
      if (payload) marks.push({ t: entry.t, text: `${entry.device} ${payload}` });
      continue;
    }
    if (hide.has(entry.kind)) continue;
    lane(entry.from);
    lane(entry.to);
    if (entry.type === 'send' || entry.type === 'duplicate') {
      const index = arrows.length;
      arrows.push({
        id: entry.id,
        from: entry.from,
        to: entry.to,
        kind: entry.kind,
        sentAt: entry.t,
        endedAt: null,
        outcome: 'inFlight',
        reason: null,
        duplicate: entry.type === 'duplicate',
        raw: rawPayloadOf(entry.payload),
      });
      open.set(entry.id, [...(open.get(entry.id) ?? []), index]);
      continue;
    }
    const pending = open.get(entry.id) ?? [];
    const index = pending.shift();
    const arrow = index === undefined ? undefined : arrows[index];
    const ended = {
      endedAt: entry.t,
      outcome: entry.type === 'drop' ? ('dropped' as const) : ('delivered' as const),
      reason: entry.type === 'drop' ? (entry.reason ?? null) : null,
    };
    if (arrow && index !== undefined) arrows[index] = { ...arrow, ...ended };
    else {
      // Dropped before any send was recorded (e.g. the sender was offline).
      arrows.push({
        id: entry.id,
        from: entry.from,
        to: entry.to,
        kind: entry.kind,
        sentAt: entry.t,
        duplicate: false,
        raw: rawPayloadOf(entry.payload),
        ...ended,
      });
    }
  }
  const start = options.start ?? trace[0]?.t ?? 0;
  return { start, lanes, arrows, marks };
}

const RAW_KEYS = ['data', 'text', 'introduction'];

/**
 * The SDK-level IM string a message carries, found where the fake cloud's IM relays put it (a
 * request's params, an event's body): what an official app and adapter-web send as is.
 */
export function rawPayloadOf(payload: JsonValue, depth = 0): string | null {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload) || depth > 3) return null;
  const record = payload as { readonly [key: string]: JsonValue };
  for (const key of RAW_KEYS) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  for (const value of Object.values(record)) {
    const found = rawPayloadOf(value ?? null, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
