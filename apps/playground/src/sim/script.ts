import type { SimCommand } from '@trtc-smart/testkit';

/** Recorded commands waiting to be replayed, in time order; the driver runs each at its exact virtual time. */
export class Script {
  readonly #commands: SimCommand[];

  constructor(commands: readonly SimCommand[]) {
    this.#commands = [...commands].sort((a, b) => a.t - b.t);
  }

  /** The virtual time of the next command, if any. */
  nextAt(): number | undefined {
    return this.#commands[0]?.t;
  }

  /** Removes and returns the commands due at or before `now`. */
  takeDue(now: number): SimCommand[] {
    const due: SimCommand[] = [];
    while (this.#commands[0] !== undefined && this.#commands[0].t <= now)
      due.push(this.#commands.shift() as SimCommand);
    return due;
  }

  get remaining(): number {
    return this.#commands.length;
  }
}
