import { readFileSync, writeFileSync } from 'node:fs';
import { callMachineDiagram } from '../src/index.js';
import { withDiagram } from './diagram-doc.js';

const file = new URL('../docs/calling-machine.md', import.meta.url);
writeFileSync(file, withDiagram(readFileSync(file, 'utf8'), callMachineDiagram()));
