import { describe, expect, it } from 'vitest';
import type { AnyStateNode, StateValue } from 'xstate';
import { liveRoomMachine } from '../src/inspect.js';
import { liveStatusOf } from '../src/live-room/live-room-state.js';

type Snapshot = Parameters<typeof liveStatusOf>[0];

/** The status as `matches()` defines it: the spec liveStatusOf's read of the state value must agree with. */
function statusByMatches(snapshot: Snapshot): string {
  for (const status of ['loggedOut', 'loggingIn', 'loggingOut', 'destroyed'] as const)
    if (snapshot.matches(status)) return status;
  for (const status of ['outside', 'creating', 'entering', 'leaving'] as const)
    if (snapshot.matches({ loggedIn: status })) return status;
  for (const stage of ['previewing', 'live', 'linkMic'] as const)
    if (snapshot.matches({ loggedIn: { room: { anchor: { stage } } } })) return stage;
  for (const [pk, status] of [
    ['requesting', 'requestingPK'],
    ['responding', 'respondingPK'],
    ['inPK', 'inPK'],
  ] as const)
    if (snapshot.matches({ loggedIn: { room: { anchor: { stage: { pk } } } } })) return status;
  for (const status of ['watching', 'requesting', 'linked'] as const)
    if (snapshot.matches({ loggedIn: { room: { audience: status } } })) return status;
  return 'outside';
}

/** Every state of the machine (history pseudo-states aside), as the state value that enters it. */
function everyStateValue(node: AnyStateNode): StateValue[] {
  const children = Object.values(node.states).filter((child) => child.type !== 'history');
  const here = node.path.reduceRight<StateValue>((inner, key) => ({ [key]: inner }), {});
  const own = node.path.length === 0 ? [] : [node.path.length === 1 ? (node.path[0] ?? '') : here];
  return [...own, ...children.flatMap(everyStateValue)];
}

describe('liveStatusOf', () => {
  const values = everyStateValue(liveRoomMachine.root);

  it('walks every state of the live-room machine', () => {
    expect(values.length).toBeGreaterThan(30);
  });

  it.each(values.map((value) => [JSON.stringify(value), value] as const))(
    'in %s reads the status matches() gives',
    (_, value) => {
      const snapshot = liveRoomMachine.resolveState({ value, context: {} as Snapshot['context'] });
      expect(liveStatusOf(snapshot)).toBe(statusByMatches(snapshot));
    },
  );
});
