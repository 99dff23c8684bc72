import type { Simulation } from '../sim/simulation.js';
import { DEFAULT_WAIT_MS, type Preset } from './preset.js';

/**
 * Plays a preset's steps with virtual time between them. `auto` off ("take over") leaves the
 * stage to the person: steps still run one at a time with `next()`.
 */
export class PresetPlayer {
  readonly preset: Preset;
  auto = true;
  #next = 0;
  #due: number;
  readonly #sim: Simulation;

  constructor(preset: Preset, sim: Simulation) {
    this.preset = preset;
    this.#sim = sim;
    this.#due = sim.cloud.clock.now();
  }

  /** Index of the next step; equals steps.length when done. */
  get position(): number {
    return this.#next;
  }

  get done(): boolean {
    return this.#next >= this.preset.steps.length;
  }

  /** Called after every clock advance: runs the next step once its time has come. */
  poll(): boolean {
    if (!this.auto || this.done || this.#sim.cloud.clock.now() < this.#due) return false;
    this.next();
    return true;
  }

  next(): void {
    const step = this.preset.steps[this.#next];
    if (!step) return;
    this.#next++;
    step.run(this.#sim);
    this.#due = this.#sim.cloud.clock.now() + (step.waitMs ?? DEFAULT_WAIT_MS);
  }

  takeOver(): void {
    this.auto = false;
  }
}
