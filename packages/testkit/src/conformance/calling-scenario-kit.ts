import { CallType } from '@trtc-smart/core';
import { type CallingParty, step } from './calling-party.js';
import type { CallingWorld } from './harness.js';

/** What the call scenarios share: call types, a connected call, and what a party heard. */
export const VIDEO = CallType.VIDEO;
export const AUDIO = CallType.AUDIO;

export async function connected(
  world: CallingWorld,
  caller: CallingParty,
  callee: CallingParty,
  type: CallType = VIDEO,
) {
  await step(world, () => caller.calling.call({ userId: callee.userId, type }));
  await step(world, () => callee.calling.accept());
}

export const status = (p: CallingParty) => p.calling.getSnapshot().status;
export const endReasons = (p: CallingParty) => p.of('onCallEnd').map((e) => e.reason);
