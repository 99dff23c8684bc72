/** Options of {@link createFakeCloud}. */
export interface FakeCloudOptions {
  /** Seeds every random choice (jitter, loss, volumes, adapters' random). Default 1. */
  readonly seed?: number;
  /** One-way client<->cloud delay, ms. Default 20. */
  readonly latencyMs?: number;
  /** Up to this many ms (seeded, uniform) added per message. Default 0. */
  readonly jitterMs?: number;
  /** Default 1400000001. */
  readonly sdkAppId?: number;
  /** When set, login verifies TLS v2 userSigs signed with it (and enforces their expiry). */
  readonly secretKey?: string;
  /** Virtual epoch ms at start. Default 1_767_225_600_000 (2026-01-01T00:00:00Z). */
  readonly startTime?: number;
  /** A request whose request or answer is lost rejects with NETWORK_TIMEOUT after this long. Default 5000. */
  readonly requestTimeoutMs?: number;
  /** A room member whose heartbeats are missing this long is dropped. Default 8000. */
  readonly mediaTimeoutMs?: number;
  /** Default 500. */
  readonly volumeIntervalMs?: number;
  /** Default 2000. */
  readonly networkQualityIntervalMs?: number;
  /** Record the trace (default true); long soaks and benchmarks turn it off to measure the SDK alone. */
  readonly trace?: boolean;
  /**
   * IM's multi-terminal login setting. false (default, IM's own default): a second login of a user
   * kicks the first (onKickedOffline). true: the user stays logged in on every device, and IM
   * messages and signaling reach all of them (the acting device excepted).
   */
  readonly multiTerminal?: boolean;
}

/** The fake cloud's options with every default filled in. */
export interface ResolvedOptions extends Required<Omit<FakeCloudOptions, 'secretKey'>> {
  readonly secretKey: string | undefined;
}

export function resolveOptions(options: FakeCloudOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    seed: options.seed ?? 1,
    latencyMs: options.latencyMs ?? 20,
    jitterMs: options.jitterMs ?? 0,
    sdkAppId: options.sdkAppId ?? 1_400_000_001,
    secretKey: options.secretKey,
    startTime: options.startTime ?? 1_767_225_600_000,
    requestTimeoutMs: options.requestTimeoutMs ?? 5000,
    mediaTimeoutMs: options.mediaTimeoutMs ?? 8000,
    volumeIntervalMs: options.volumeIntervalMs ?? 500,
    networkQualityIntervalMs: options.networkQualityIntervalMs ?? 2000,
    trace: options.trace ?? true,
    multiTerminal: options.multiTerminal ?? false,
  };
  for (const key of [
    'requestTimeoutMs',
    'mediaTimeoutMs',
    'volumeIntervalMs',
    'networkQualityIntervalMs',
  ] as const) {
    if (!(resolved[key] > 0)) throw new RangeError(`${key} must be > 0`);
  }
  return resolved;
}
