import { SIM_OPS, type SimCommand, type TraceEntry } from '@trtc-smart/testkit';

export const TRACE_FORMAT = 'trtc-smart-playground-trace';
export const TRACE_VERSION = 1;

/** The settings a run starts from; with the same seed and commands the fake cloud replays it exactly. */
export interface RunOptions {
  readonly seed: number;
  readonly latencyMs: number;
  readonly jitterMs: number;
}

/** A saved run: enough to replay it (seed, options, commands) and the cloud trace it produced. */
export interface TraceFile {
  readonly format: typeof TRACE_FORMAT;
  readonly version: typeof TRACE_VERSION;
  readonly options: RunOptions;
  /** The preset the run started from, if any (informational). */
  readonly preset: string | null;
  readonly commands: readonly SimCommand[];
  readonly trace: readonly TraceEntry[];
}

/** What a loaded file holds: a playground run, or a bare testkit trace (`cloud.exportTrace()`), which can only be shown. */
export type LoadedTrace =
  | { readonly kind: 'run'; readonly file: TraceFile }
  | { readonly kind: 'testkit'; readonly trace: readonly TraceEntry[] };

export function toTraceFile(
  options: RunOptions,
  preset: string | null,
  commands: readonly SimCommand[],
  trace: readonly TraceEntry[],
): TraceFile {
  return { format: TRACE_FORMAT, version: TRACE_VERSION, options, preset, commands, trace };
}

export const serializeTrace = (file: TraceFile): string => `${JSON.stringify(file, null, 1)}\n`;

export class TraceFormatError extends Error {
  override readonly name = 'TraceFormatError';
}

/** Parses a saved run or a testkit trace; anything else is rejected with a reason a person can act on. */
export function parseTrace(text: string): LoadedTrace {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new TraceFormatError('not JSON');
  }
  if (Array.isArray(data)) return { kind: 'testkit', trace: checkEntries(data) };
  if (!isObject(data) || data.format !== TRACE_FORMAT) {
    throw new TraceFormatError(`not a ${TRACE_FORMAT} file nor a testkit trace array`);
  }
  if (data.version !== TRACE_VERSION) {
    throw new TraceFormatError(
      `unsupported version ${String(data.version)} (this playground reads ${TRACE_VERSION})`,
    );
  }
  const options = data.options;
  if (!isObject(options) || !['seed', 'latencyMs', 'jitterMs'].every((k) => typeof options[k] === 'number')) {
    throw new TraceFormatError('options: needs numeric seed, latencyMs and jitterMs');
  }
  if (!Array.isArray(data.commands) || !data.commands.every(isCommand)) {
    throw new TraceFormatError('commands: must be a list of {t, op, ...}');
  }
  const file: TraceFile = {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    options: {
      seed: options.seed as number,
      latencyMs: options.latencyMs as number,
      jitterMs: options.jitterMs as number,
    },
    preset: typeof data.preset === 'string' ? data.preset : null,
    commands: data.commands,
    trace: checkEntries(Array.isArray(data.trace) ? data.trace : []),
  };
  return { kind: 'run', file };
}

const OPS: ReadonlySet<string> = new Set(SIM_OPS);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isCommand = (value: unknown): value is SimCommand =>
  isObject(value) && typeof value.t === 'number' && typeof value.op === 'string' && OPS.has(value.op);

const ENTRY_TYPES = new Set(['send', 'deliver', 'drop', 'duplicate', 'call', 'result', 'local', 'fault']);

function checkEntries(entries: unknown[]): TraceEntry[] {
  entries.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.t !== 'number' || !ENTRY_TYPES.has(String(entry.type))) {
      throw new TraceFormatError(`trace[${i}]: not a trace entry {seq, t, type, ...}`);
    }
  });
  return entries as TraceEntry[];
}
