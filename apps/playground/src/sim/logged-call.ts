import type { JsonValue } from '@trtc-smart/testkit';
import type { LogLine } from './party.js';

/** Calls an SDK method by its seed name, writing the call and its outcome to the card's log. */
export async function loggedCall(
  sdk: object,
  method: string,
  params: JsonValue,
  write: (kind: LogLine['kind'], text: string) => void,
): Promise<void> {
  write('command', params === null ? `${method}()` : `${method}(${JSON.stringify(params, shortStrings)})`);
  const fn = (sdk as Record<string, unknown>)[method];
  if (typeof fn !== 'function') throw new Error(`no SDK method ${method}`);
  try {
    await (fn as (p: JsonValue) => Promise<unknown>).call(sdk, params);
    write('ok', `${method} ✓`);
  } catch (error) {
    const { code, message } = error as { code?: number; message?: string };
    write('error', `${method} ✗ ${code ?? ''} ${message ?? String(error)}`);
    throw error;
  }
}

/** An event as the seed's listener would print it: its type, then its payload. */
export function describeEvent(event: { readonly eventType: string }): string {
  const { eventType, ...rest } = event;
  const payload = JSON.stringify(rest);
  return payload === '{}' ? eventType : `${eventType} ${payload}`;
}

/** Longer strings (a tone's data: URL) are cut in the log: its head and its size say enough. */
const LOG_STRING_MAX = 60;

function shortStrings(_key: string, value: unknown): unknown {
  if (typeof value !== 'string' || value.length <= LOG_STRING_MAX) return value;
  return `${value.slice(0, 40)}…(${(value.length / 1024).toFixed(1)} kB)`;
}
