import { createCalling, ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../src/index.js';
import { logInCallings } from './helpers.js';

/** Platform failures in the middle of a call: the caller's promise rejects and nobody is left half-open. */
describe('a call whose start fails', () => {
  it('withdraws the invitation it already sent, so the callee is not left ringing', async () => {
    const cloud = createFakeCloud();
    const base = cloud.adapter('alice');
    const roomError = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'enter room failed', { code: 5001 });
    const alice = createCalling({
      adapter: { ...base, callMedia: { ...base.callMedia, enterRoom: () => Promise.reject(roomError) } },
    });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    const bobEvents: string[] = [];
    bob.events$.subscribe((e) => bobEvents.push(e.eventType));
    await logInCallings(cloud, { alice, bob });

    const calling = alice.call({ userId: 'bob', type: 1 });
    calling.catch(() => undefined);
    await cloud.settle();
    await expect(calling).rejects.toBe(roomError);
    expect(alice.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'error' } });
    await cloud.advance(1_000);
    expect(bob.getSnapshot().status).toBe('idle');
    expect(bobEvents).toEqual(['onInvited', 'onCallingCancel', 'onCallEnd']);
    expect(cloud.pendingInvitations()).toEqual([]);
  });

  it('an accept whose room entry fails hangs up, so the caller is not left connecting', async () => {
    const cloud = createFakeCloud();
    const base = cloud.adapter('bob');
    const roomError = new TrtcSmartError(ErrorCode.ADAPTER_FAILURE, 'enter room failed', { code: 5001 });
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({
      adapter: { ...base, callMedia: { ...base.callMedia, enterRoom: () => Promise.reject(roomError) } },
    });
    await logInCallings(cloud, { alice, bob });
    const calling = alice.call({ userId: 'bob', type: 2 });
    await cloud.settle();
    await calling;
    const accepting = bob.accept();
    accepting.catch(() => undefined);
    await cloud.settle();
    await expect(accepting).rejects.toBe(roomError);
    await cloud.advance(1_000);
    expect(bob.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'error' } });
    expect(alice.getSnapshot()).toMatchObject({ status: 'idle', lastCall: { reason: 'remoteHangup' } });
  });
});
