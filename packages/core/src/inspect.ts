// `@trtc-smart/core/inspect`: dev tooling kept out of the main entry, so apps do not ship it.

export { callMachineDiagram } from './calling/call-diagram.js';
export { callMachine } from './calling/call-machine.js';
export * from './inspect/machine-graph.js';
export { toMermaid } from './inspect/mermaid.js';
export { liveRoomMachineDiagram } from './live-room/live-room-diagram.js';
export { liveRoomMachine } from './live-room/live-room-machine.js';
