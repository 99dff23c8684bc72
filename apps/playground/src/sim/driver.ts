import type { FakeCloud, SimCommand, TraceEntry } from '@trtc-smart/testkit';
import type { Script } from './script.js';

/** Periodic media statistics: a step waits for the next message that is not one of these. */
export const BACKGROUND_KINDS: ReadonlySet<string> = new Set(['media.volumes', 'media.networkQuality']);

const isSignal = (entry: TraceEntry): boolean =>
  (entry.type === 'deliver' || entry.type === 'drop') && !BACKGROUND_KINDS.has(entry.kind);

export interface DriverOptions {
  /** Called after every advance, to run presets and repaint. */
  readonly afterTick: () => void;
  /** A replay's recorded commands, run at their exact virtual times. */
  readonly script?: Script;
  readonly run?: (command: SimCommand) => void;
}

/**
 * Moves the fake cloud's virtual clock: while playing, by the real time elapsed times `speed`
 * (ticked by the app's real interval); `step()` runs to the next signaling delivery.
 * Advances never overlap, since the virtual clock forbids it.
 */
export class Driver {
  playing = true;
  speed = 1;
  #busy = false;
  readonly #cloud: FakeCloud;
  readonly #options: DriverOptions;

  constructor(cloud: FakeCloud, options: DriverOptions) {
    this.#cloud = cloud;
    this.#options = options;
  }

  /** Called from a real timer with the real ms since the last call; a long stall is capped. */
  async tick(realMs: number): Promise<void> {
    if (!this.playing) return;
    await this.advance(Math.min(realMs, 250) * this.speed);
  }

  async advance(ms: number): Promise<void> {
    await this.#exclusive(async () => {
      const end = this.#cloud.clock.now() + ms;
      // A replayed command runs exactly when it ran in the recording: after every timer due by then.
      for (let at = this.#scriptAt(); at !== undefined && at <= end; at = this.#scriptAt()) {
        await this.#cloud.advance(at - this.#cloud.clock.now());
        this.#runDue();
      }
      await this.#cloud.advance(end - this.#cloud.clock.now());
    });
  }

  /** Runs until the next signaling message is delivered or dropped (at most 60 virtual s), or the next replayed command. */
  async step(): Promise<void> {
    const trace = this.#cloud.trace();
    const start = trace.length;
    const clock = this.#cloud.clock;
    await this.#exclusive(async () => {
      const at = this.#scriptAt();
      const beforeCommand = () => at === undefined || (clock.nextDue() ?? Number.POSITIVE_INFINITY) <= at;
      await clock.runWhile(() => beforeCommand() && !trace.slice(start).some(isSignal), 60_000);
      if (at !== undefined && !beforeCommand()) {
        await this.#cloud.advance(at - clock.now());
        this.#runDue();
      }
    });
  }

  #scriptAt(): number | undefined {
    return this.#options.script?.nextAt();
  }

  #runDue(): void {
    for (const command of this.#options.script?.takeDue(this.#cloud.clock.now()) ?? [])
      this.#options.run?.(command);
  }

  async #exclusive(run: () => Promise<void>): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await run();
    } finally {
      this.#busy = false;
      this.#options.afterTick();
    }
  }
}
