import { toMermaid } from '../inspect/mermaid.js';
import { callMachine } from './call-machine.js';

/** The call machine as a Mermaid state diagram. */
export const callMachineDiagram = (): string => toMermaid(callMachine);
