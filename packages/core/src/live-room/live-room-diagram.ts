import { toMermaid } from '../inspect/mermaid.js';
import { liveRoomMachine } from './live-room-machine.js';

/** The live-room machine as a Mermaid state diagram. */
export const liveRoomMachineDiagram = (): string => toMermaid(liveRoomMachine);
