import { applyCloudCommand, type FakeCloud } from '../../src/index.js';
import type { Command, CommandInput } from './world.js';

/**
 * Undoes every lasting fault the world injected (faults.ts), so its end can be checked. A blip or a
 * sleep still running ends now. Clock skew stays: the end must hold with skewed clocks, and a
 * removal from a room is not a fault of the device to undo. An expired userSig has nothing to undo
 * either: the session it ended was renewed (a userSigProvider) or is over, as after a kick.
 */
export function healAll(cloud: FakeCloud, done: readonly Command[]): CommandInput[] {
  const undo: CommandInput[] = [];
  const once = new Set<string>();
  const add = (key: string, command: CommandInput) => {
    if (once.has(key)) return;
    once.add(key);
    undo.push(command);
  };
  for (const command of done) {
    if (command.op === 'partition' || command.op === 'blip')
      add(`heal ${command.target}`, { op: 'heal', target: command.target });
    if (command.op === 'sleep') add(`wake ${command.target}`, { op: 'sleep', target: command.target, ms: 0 });
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
    if (command.op === 'fault') {
      const { a, b } = command.payload as { a: string; b: string };
      cloud.network.uncut(a, b);
    } else if (command.op !== 'addDevice' && command.op !== 'peer') applyCloudCommand(cloud, command);
  }
  return undo;
}
