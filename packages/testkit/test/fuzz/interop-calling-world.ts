import type { WorldAdapters } from './adapters.js';
import { type CallingParty, callingWorldOn } from './calling-world.js';
import type { CallingWorldState, MethodSpec } from './methods.js';
import { OfficialCallParty } from './official-call-party.js';
import type { WorldSpec } from './run-world.js';

/** The official call kits an interop world draws its peer from. */
export const CALL_KITS = ['ios', 'android', 'js'] as const;

/**
 * Call worlds with our users on `adapters` (adapter-web over its SDK doubles: the official kits'
 * payloads are what it speaks) and one official kit's user among them, held to the call checks.
 */
export function interopCallingWorld(
  adapters: WorldAdapters,
): WorldSpec<CallingWorldState, CallingParty, OfficialCallParty> {
  const world = callingWorldOn<OfficialCallParty>(adapters);
  const groupCall = world.methods.groupCall as MethodSpec<CallingWorldState>;
  return {
    ...world,
    methods: {
      ...world.methods,
      // The scripted kits model 1:1 calls only: our group calls invite our users.
      groupCall: {
        weight: groupCall.weight,
        params: (a) => {
          const ours = a.others.filter((u) => a.stateOf(u) !== undefined);
          return groupCall.params({
            ...a,
            others: ours,
            other: ours.includes(a.other) ? a.other : (ours[0] ?? a.other),
          });
        },
      },
    },
    newPeer: (cloud, user, kit) => new OfficialCallParty(cloud, user, kit),
  };
}
