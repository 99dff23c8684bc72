/** Framework-free assertions, so any test runner can run the conformance scenarios. */
export class ConformanceError extends Error {
  override readonly name = 'ConformanceError';
}

const show = (value: unknown): string => JSON.stringify(value, null, 0) ?? String(value);

/** Throws a ConformanceError with the message unless the condition holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceError(message);
}

/** Throws a ConformanceError unless the two values are deeply equal. */
export function checkEqual<T>(actual: T, expected: T, what: string): void {
  if (show(actual) !== show(expected)) {
    throw new ConformanceError(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Awaits a promise that must reject with this error code; returns the error. */
export async function checkRejects(
  promise: Promise<unknown>,
  code: number,
  what: string,
): Promise<{ code: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    checkEqual(e.code, code, `${what} error code (${String(e.message)})`);
    return { code, message: String(e.message) };
  }
  throw new ConformanceError(`${what}: expected a rejection with code ${code}, but it resolved`);
}
