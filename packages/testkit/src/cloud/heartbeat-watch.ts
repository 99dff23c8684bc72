import type { VirtualClock } from '../clock/virtual-clock.js';

/** A media-room member the cloud drops when its heartbeats stop (call rooms and live rooms alike). */
export interface Watched {
  dropTimer: unknown;
}

/**
 * TRTC's rule for a silent member: once its heartbeats stop (its link is down, or the client stopped
 * sending them), it is dropped after the media timeout unless they come back first. Called whenever
 * the member's heartbeats may have changed; `drop` runs only if it is still silent when time is up.
 */
export function watchHeartbeats(
  clock: VirtualClock,
  member: Watched,
  timeoutMs: number,
  alive: () => boolean,
  drop: () => void,
): void {
  if (alive()) {
    stopWatching(clock, member);
    return;
  }
  if (member.dropTimer !== undefined) return;
  member.dropTimer = clock.setTimeout(() => {
    member.dropTimer = undefined;
    if (!alive()) drop();
  }, timeoutMs);
}

/** The member left: no drop pending. */
export function stopWatching(clock: VirtualClock, member: Watched): void {
  if (member.dropTimer !== undefined) clock.clearTimeout(member.dropTimer);
  member.dropTimer = undefined;
}
