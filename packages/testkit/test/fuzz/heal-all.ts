import type { FakeCloud } from '../../src/index.js';
import type { Command, CommandInput } from './world.js';

/** Undoes every lasting fault the world injected (faults.ts), so its end can be checked. */
export function healAll(cloud: FakeCloud, done: readonly Command[]): CommandInput[] {
  const undo: CommandInput[] = [];
  const once = new Set<string>();
  const add = (key: string, command: CommandInput) => {
    if (once.has(key)) return;
    once.add(key);
    undo.push(command);
  };
  for (const command of done) {
    if (command.op === 'partition') add(`heal ${command.target}`, { op: 'heal', target: command.target });
    if (command.op === 'setOnline' && !command.online)
      add(`online ${command.target}`, { op: 'setOnline', target: command.target, online: true });
    if (command.op === 'configure')
      add(`configure ${command.target}`, {
        op: 'configure',
        settings: { loss: 0, duplicate: 0 },
        target: command.target,
      });
    if (command.op === 'fault' && command.fault === 'cut')
      add(`uncut ${JSON.stringify(command.payload)}`, {
        op: 'fault',
        fault: 'uncut',
        payload: command.payload,
      });
  }
  for (const command of undo) {
    if (command.op === 'heal') cloud.network.heal(command.target);
    if (command.op === 'setOnline') cloud.setOnline(command.target, true);
    if (command.op === 'configure') cloud.network.configure(command.settings, command.target ?? undefined);
    if (command.op === 'fault') {
      const { a, b } = command.payload as { a: string; b: string };
      cloud.network.uncut(a, b);
    }
  }
  return undo;
}
