import { liveRoomMachine, machineGraph } from '@trtc-smart/core/inspect';
import { describe, it } from 'vitest';
import { liveEnteringPaths } from './live-paths-entering.js';
import { liveLinkMicPaths } from './live-paths-link-mic.js';
import { liveLinkPaths } from './live-paths-links.js';
import { livePkPaths } from './live-paths-pk.js';
import { liveRoomPaths } from './live-paths-room.js';
import { liveSessionPaths } from './live-paths-session.js';
import { transitionsOf } from './machine-transitions.js';
import { expectFullCoverage } from './report.js';
import { liveWorld } from './world.js';

/**
 * Every transition of the live-room machine, driven through the public API on the fake cloud. A new
 * transition fails the last test until a path takes it: see README.md here for adding one.
 */
const taken = new Set<string>();
const paths = [
  ...liveSessionPaths,
  ...liveRoomPaths,
  ...liveEnteringPaths,
  ...liveLinkMicPaths,
  ...livePkPaths,
  ...liveLinkPaths,
];

describe('live-room machine paths', () => {
  for (const path of paths) it(path.name, () => path.run((options) => liveWorld(taken, options)));

  it('together take every transition of the live-room machine', () => {
    const all = transitionsOf(liveRoomMachine);
    expectFullCoverage('live-room machine', all, taken, machineGraph(liveRoomMachine));
  });
});
