import { callMachine, machineGraph } from '@trtc-smart/core/inspect';
import { describe, it } from 'vitest';
import { callActivePaths } from './call-paths-active.js';
import { callConnectingPaths } from './call-paths-connecting.js';
import { callGroupRacePaths } from './call-paths-group-races.js';
import { callLinkPaths } from './call-paths-links.js';
import { callRingingPaths } from './call-paths-ringing.js';
import { callSessionPaths } from './call-paths-session.js';
import { transitionsOf } from './machine-transitions.js';
import { expectFullCoverage } from './report.js';
import { callWorld } from './world.js';

/**
 * Every transition of the call machine, driven through the public API on the fake cloud. A new
 * transition fails the last test until a path takes it: see README.md here for adding one.
 */
const taken = new Set<string>();
const paths = [
  ...callSessionPaths,
  ...callRingingPaths,
  ...callActivePaths,
  ...callConnectingPaths,
  ...callGroupRacePaths,
  ...callLinkPaths,
];

describe('call machine paths', () => {
  for (const path of paths) it(path.name, () => path.run((options) => callWorld(taken, options)));

  it('together take every transition of the call machine', () => {
    expectFullCoverage('call machine', transitionsOf(callMachine), taken, machineGraph(callMachine));
  });
});
