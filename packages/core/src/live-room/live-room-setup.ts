import { setup } from '../machine/lean-xstate.js';
import type { LiveEmitted, LiveMachineEvent } from './live-machine-events.js';
import {
  createRoomLogic,
  enterRoomLogic,
  leaveRoomLogic,
  loginLogic,
  logoutLogic,
  sendPeerLogic,
} from './live-room-actors.js';
import type { LiveRoomContext, LiveRoomDeps } from './live-room-context.js';
import { liveRoomGuards } from './live-room-guards.js';
import { requestActions } from './live-room-request-actions.js';
import { roomActions } from './live-room-room-actions.js';
import { sessionActions } from './live-room-session-actions.js';

/**
 * The live-room machine's setup: its types and implementations (actors, the request deadline,
 * guards and actions, each table in a file of its own). live-room-machine.ts makes the machine
 * from it; its state configs (live-room-*-states.ts) are typed by it.
 */
export const liveRoomSetup = setup({
  types: {
    context: {} as LiveRoomContext,
    events: {} as LiveMachineEvent,
    emitted: {} as LiveEmitted,
    input: {} as LiveRoomDeps,
  },
  actors: {
    login: loginLogic,
    logout: logoutLogic,
    createRoom: createRoomLogic,
    enterRoom: enterRoomLogic,
    leaveRoom: leaveRoomLogic,
    sendPeer: sendPeerLogic,
  },
  /** A pending link-mic or PK request's deadline, on the actor's clock (the adapter's: virtual time drives it). */
  delays: { requestTimeout: ({ context }) => context.deps.requestTimeoutSec * 1000 },
  guards: liveRoomGuards,
  actions: { ...sessionActions, ...roomActions, ...requestActions },
});

/** A state config of the live-room machine, typed by its setup (as `createStateConfig` types one). */
export type LiveStateConfig = Parameters<typeof liveRoomSetup.createStateConfig>[0];
