/** Plain JSON, so a trace can be saved, diffed and loaded into the playground. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Why the network dropped a message. */
export type DropReason = 'loss' | 'partition' | 'cut' | 'notLoggedIn';

interface Timed {
  /** Order of the entry in the trace. */
  readonly seq: number;
  /** Virtual time (ms). */
  readonly t: number;
}

/** One hop of one message: a device to the cloud, or the cloud to a device. */
export interface MessageTraceEntry extends Timed {
  readonly type: 'send' | 'deliver' | 'drop' | 'duplicate';
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  readonly payload: JsonValue;
  readonly reason?: DropReason;
  /** On send / duplicate: the delay this copy travels with. */
  readonly delayMs?: number;
  /** On send of a TRTC room event: how often it was lost and resent before getting through (in delayMs). */
  readonly resends?: number;
  /** A room fan-out (`to` names the room): how many members it was sent to / reached at this time. */
  readonly recipients?: number;
}

/** A port method called by the code under test, and how it ended. */
export interface CallTraceEntry extends Timed {
  readonly type: 'call' | 'result';
  readonly device: string;
  readonly method: string;
  readonly params?: JsonValue;
  readonly ok?: boolean;
  readonly error?: { readonly code: number; readonly message: string };
}

/** Something a device noticed by itself, without a message (connection changes, lost media). */
export interface LocalTraceEntry extends Timed {
  readonly type: 'local';
  readonly device: string;
  readonly kind: string;
  readonly payload: JsonValue;
}

/** A fault injected by the test: partitions, cuts, link settings, online state. */
export interface FaultTraceEntry extends Timed {
  readonly type: 'fault';
  readonly action: string;
  readonly payload: JsonValue;
}

/** One entry of the cloud's trace: a message, an SDK call, a local event or a fault. */
export type TraceEntry = MessageTraceEntry | CallTraceEntry | LocalTraceEntry | FaultTraceEntry;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type TraceInput = DistributiveOmit<TraceEntry, 'seq' | 't'>;

/**
 * Deep-copies into plain JSON, as JSON.parse(JSON.stringify(value)) would (drops undefined and
 * functions, non-finite numbers become null, toJSON is honoured), so later mutation cannot alter a
 * message or a trace. Walking the value is several times cheaper than the string round trip, and
 * every hop of the fake network makes one.
 */
export function toJson(value: unknown): JsonValue {
  return copyJson(value) ?? null;
}

function copyJson(value: unknown): JsonValue | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      throw new TypeError('toJson: a BigInt has no JSON form');
    case 'object':
      break;
    default:
      return undefined; // functions, symbols, undefined
  }
  if (value === null) return null;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return copyJson(toJSON.call(value));
  if (Array.isArray(value)) {
    const items: JsonValue[] = [];
    for (let i = 0; i < value.length; i++) items.push(copyJson(value[i]) ?? null); // holes too
    return items;
  }
  const copy: Record<string, JsonValue> = {};
  for (const key of Object.keys(value)) {
    const item = copyJson((value as Record<string, unknown>)[key]);
    if (item !== undefined) copy[key] = item;
  }
  return copy;
}

export class Trace {
  readonly #entries: TraceEntry[] = [];
  readonly #now: () => number;

  readonly #enabled: boolean;

  constructor(now: () => number, enabled = true) {
    this.#now = now;
    this.#enabled = enabled;
  }

  record(entry: TraceInput): void {
    if (this.#enabled)
      this.#entries.push({ seq: this.#entries.length, t: this.#now(), ...entry } as TraceEntry);
  }

  /** A payload as the trace keeps it: a JSON copy, or nothing when not recording (copies are the costliest part of a hop). */
  copy(value: unknown): JsonValue {
    return this.#enabled ? toJson(value) : null;
  }

  entries(): readonly TraceEntry[] {
    return this.#entries;
  }

  export(): string {
    return JSON.stringify(this.#entries);
  }
}
