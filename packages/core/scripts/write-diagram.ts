import { readFileSync, writeFileSync } from 'node:fs';
import { callMachineDiagram, liveRoomMachineDiagram } from '../src/inspect.js';
import { withDiagram } from './diagram-doc.js';

const docs: [string, () => string][] = [
  ['../docs/calling-machine.md', callMachineDiagram],
  ['../docs/live-room-machine.md', liveRoomMachineDiagram],
];
for (const [path, diagram] of docs) {
  const file = new URL(path, import.meta.url);
  writeFileSync(file, withDiagram(readFileSync(file, 'utf8'), diagram()));
}
