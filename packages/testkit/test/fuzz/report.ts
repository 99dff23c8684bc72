import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SIM_OPS } from '../../src/index.js';
import type { WorldResult } from './run-world.js';
import type { World } from './world.js';

/** Where failing worlds are saved (git-ignored). */
export const FAILURES_DIR = fileURLToPath(new URL('../../fuzz-failures/', import.meta.url));

/** The playground's replay ops (apps/playground/src/trace/format.ts): a run with others is only shown. */
const PLAYGROUND_OPS: ReadonlySet<string> = new Set(SIM_OPS);

/**
 * A failing world as a file the playground loads ("load"): a run it replays from the seed when
 * every command is one it knows, else the bare cloud trace, which it shows. The `fuzz` field
 * (ignored by the playground) says what broke and how to replay it here.
 */
export function saveFailure(name: string, world: World, result: WorldResult, replay: string): string {
  const trace = JSON.parse(result.cloud.exportTrace()) as unknown[];
  const replayable = result.commands.every((c) => PLAYGROUND_OPS.has(c.op));
  const file = replayable
    ? {
        format: 'trtc-smart-playground-trace',
        version: 1,
        options: { seed: world.seed, latencyMs: world.latencyMs, jitterMs: world.jitterMs },
        preset: null,
        commands: result.commands,
        trace,
        fuzz: { replay, violations: result.violations, world },
      }
    : trace;
  mkdirSync(FAILURES_DIR, { recursive: true });
  const path = `${FAILURES_DIR}${name}.json`;
  writeFileSync(path, `${JSON.stringify(file, null, 1)}\n`);
  return path;
}

/** The world's commands as a person reads them: `+120ms bob.call({"userId":"carol","type":1})`. */
export function describeCommands(result: WorldResult): string {
  const start = result.cloud.options.startTime;
  return result.commands
    .filter((c) => c.op !== 'addUser')
    .map((c) => {
      const at = `${String(c.t - start).padStart(7)}ms `;
      switch (c.op) {
        case 'invoke':
          return `${at}${c.user}.${c.method}(${c.params === null ? '' : JSON.stringify(c.params)})`;
        case 'configure':
          return `${at}configure ${JSON.stringify(c.settings)} for ${c.target ?? 'everyone'}`;
        case 'setOnline':
          return `${at}${c.target} ${c.online ? 'online' : 'offline'}`;
        case 'fault':
          return `${at}${c.fault} ${JSON.stringify(c.payload)}`;
        case 'peer':
          return `${at}${c.user}.${c.method}(${c.params === null ? '' : JSON.stringify(c.params)}) (official app)`;
        case 'addDevice':
          return `${at}${c.user} logs in on a second device ${c.device}`;
        case 'blip':
        case 'sleep':
        case 'setClockOffset':
          return `${at}${c.op} ${c.target} ${c.ms}ms`;
        default:
          return `${at}${c.op} ${'target' in c ? c.target : ''}`;
      }
    })
    .join('\n');
}
