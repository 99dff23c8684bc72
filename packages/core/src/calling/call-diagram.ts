import { toMermaid } from '../inspect/mermaid.js';
import type { CallingAdapter } from '../ports/calling-adapter.js';
import { createCallMachine } from './call-machine.js';

/** The call machine as a Mermaid state diagram. Building the definition touches no port, so none is needed. */
export const callMachineDiagram = (): string =>
  toMermaid(createCallMachine({ adapter: {} as CallingAdapter }));
