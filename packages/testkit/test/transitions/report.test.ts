import { liveRoomMachine, machineGraph } from '@trtc-smart/core/inspect';
import { describe, expect, it, vi } from 'vitest';
import { transitionsOf } from './machine-transitions.js';
import { expectFullCoverage } from './report.js';

describe('the transition coverage check', () => {
  const all = transitionsOf(liveRoomMachine);
  const graph = machineGraph(liveRoomMachine);

  it('counts every state-changing transition the diagrams show, and those that only run actions', () => {
    const targeted = all.filter((t) => !t.endsWith('-> (stays)'));
    expect(targeted.length).toBe(graph.edges.length + graph.anyStateEdges.length);
    expect(all).toContain(
      'loggedIn.room.audience.requesting: after requestTimeout -> loggedIn.room.audience.watching',
    );
    expect(all).toContain('loggedIn.creating: error -> loggedIn.outside');
    expect(all).toContain('loggedIn: EFFECT_FAILED -> (stays)');
    expect(new Set(all).size).toBe(all.length);
  });

  it('fails naming each transition no path took', () => {
    const missed =
      'loggedIn.room.anchor.inbox.pending: after requestTimeout -> loggedIn.room.anchor.inbox.empty';
    const taken = new Set(all.filter((t) => t !== missed));
    vi.spyOn(console, 'log').mockImplementationOnce(() => undefined); // its 80/81 line is not a real run's
    expect(() => expectFullCoverage('live-room machine', all, taken, graph)).toThrow(missed);
  });
});
