import { createCalling } from '@trtc-smart/core';
import { expect, it } from 'vitest';
import { createFakeCloud } from '../src/index.js';
import { logInCallings } from './helpers.js';

/**
 * A port that works synchronously (a native bridge driving its own engine) must not run inside
 * the machine's step: it would re-enter XState's action execution.
 */
it('port work a command causes starts after the machine has taken the command', async () => {
  const cloud = createFakeCloud();
  const base = cloud.adapter('bob');
  let insideCommand = false;
  let rejectRanInside: boolean | undefined;
  const bob = createCalling({
    adapter: {
      ...base,
      callSignaling: {
        ...base.callSignaling,
        reject: (params) => {
          rejectRanInside = insideCommand;
          return base.callSignaling.reject(params);
        },
      },
    },
  });
  const alice = createCalling({ adapter: cloud.adapter('alice') });
  await logInCallings(cloud, { alice, bob });
  const calling = alice.call({ userId: 'bob', type: 2 });
  await cloud.settle();
  await calling;

  insideCommand = true;
  const rejecting = bob.reject();
  insideCommand = false;
  await cloud.settle();
  await rejecting;
  expect(rejectRanInside).toBe(false);
  expect(alice.getSnapshot().lastCall?.reason).toBe('rejected');
});
