import type { NetworkQuality } from '@trtc-smart/core';

/** How one client<->cloud link behaves. Every message on it draws its own jitter, loss and duplication. */
export interface LinkConfig {
  /** One-way delay, ms. */
  readonly latencyMs: number;
  /** Up to this many ms (seeded, uniform) added per message, which reorders messages naturally. */
  readonly jitterMs: number;
  /** Probability 0..1 that a message is lost. */
  readonly loss: number;
  /** Probability 0..1 that a message arrives twice. */
  readonly duplicate: number;
}

export function checkLinkConfig(config: Partial<LinkConfig>): void {
  for (const key of ['latencyMs', 'jitterMs'] as const) {
    const value = config[key];
    if (value !== undefined && !(value >= 0 && Number.isFinite(value))) {
      throw new RangeError(`${key} must be a finite number >= 0`);
    }
  }
  for (const key of ['loss', 'duplicate'] as const) {
    const value = config[key];
    if (value !== undefined && !(value >= 0 && value <= 1))
      throw new RangeError(`${key} must be within 0..1`);
  }
}

/** TRTC's 1 (excellent) … 6 (down) scale, from what the link is configured to do. */
export function qualityOf(config: LinkConfig, up: boolean): NetworkQuality {
  if (!up) return 6;
  const delay = config.latencyMs + config.jitterMs / 2;
  if (config.loss >= 0.3 || delay >= 800) return 5;
  if (config.loss >= 0.15 || delay >= 400) return 4;
  if (config.loss >= 0.05 || delay >= 200) return 3;
  if (config.loss > 0 || delay >= 100) return 2;
  return 1;
}
