import { CallType, ErrorCode, type InviteParams } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCloud } from '../src/index.js';
import { loggedIn, rejection, type User, user } from './helpers.js';

const invite = (overrides: Partial<InviteParams> = {}): InviteParams => ({
  roomId: 4242,
  invitees: ['bob'],
  participants: [],
  callType: CallType.VIDEO,
  isGroup: false,
  timeoutSec: 30,
  ...overrides,
});

/** Runs a port call to completion on the virtual network. */
async function done(cloud: FakeCloud, call: Promise<void>): Promise<void> {
  const settled = call.then(
    () => undefined,
    (error: unknown) => error,
  );
  await cloud.settle();
  const error = await settled;
  if (error) throw error;
}

const signals = (u: User) => u.signaling;

describe('invitations', () => {
  it('delivers invited to the invitees and to observers; not to the inviter', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob', 'carol', 'dave');
    const params = invite({
      invitees: ['bob', 'carol'],
      participants: ['dave'],
      isGroup: true,
      groupId: 'g1',
    });
    await done(cloud, user(users, 'alice').adapter.callSignaling.invite(params));
    const expected = {
      type: 'invited',
      roomId: 4242,
      inviter: 'alice',
      invitees: ['bob', 'carol'],
      participants: ['dave'],
      callType: CallType.VIDEO,
      groupId: 'g1',
      isGroup: true,
      timeoutSec: 30,
    };
    for (const id of ['bob', 'carol', 'dave']) expect(signals(user(users, id))).toEqual([expected]);
    expect(signals(user(users, 'alice'))).toEqual([]);
    expect(cloud.pendingInvitations()).toEqual([
      expect.objectContaining({
        roomId: 4242,
        inviter: 'alice',
        pending: ['bob', 'carol'],
        participants: ['dave'],
      }),
    ]);
  });

  it('accept reaches the inviter, the other invitees and observers, not the responder', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob', 'carol', 'dave');
    await done(
      cloud,
      user(users, 'alice').adapter.callSignaling.invite(
        invite({ invitees: ['bob', 'carol'], participants: ['dave'], isGroup: true }),
      ),
    );
    await done(cloud, user(users, 'bob').adapter.callSignaling.accept({ roomId: 4242 }));
    const accepted = { type: 'accepted', roomId: 4242, userId: 'bob' };
    for (const id of ['alice', 'carol', 'dave']) expect(signals(user(users, id)).at(-1)).toEqual(accepted);
    expect(signals(user(users, 'bob'))).toHaveLength(1);
    expect(cloud.pendingInvitations()[0]?.pending).toEqual(['carol']);
  });

  it('reject busy: the inviter learns the reason; the invitation closes and its timeout is cleared', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob');
    await done(cloud, user(users, 'alice').adapter.callSignaling.invite(invite()));
    expect(cloud.clock.pending()).toBe(1); // the 30 s ring timeout
    await done(cloud, user(users, 'bob').adapter.callSignaling.reject({ roomId: 4242, reason: 'busy' }));
    expect(signals(user(users, 'alice'))).toEqual([
      { type: 'rejected', roomId: 4242, userId: 'bob', reason: 'busy' },
    ]);
    expect(cloud.pendingInvitations()).toEqual([]);
    expect(cloud.clock.pending()).toBe(0);
    const again = rejection(user(users, 'bob').adapter.callSignaling.accept({ roomId: 4242 }));
    await cloud.settle();
    expect((await again).code).toBe(ErrorCode.NOT_FOUND);
  });

  it('cancel reaches the still-pending invitees only', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob', 'carol');
    await done(
      cloud,
      user(users, 'alice').adapter.callSignaling.invite(
        invite({ invitees: ['bob', 'carol'], isGroup: true }),
      ),
    );
    await done(cloud, user(users, 'bob').adapter.callSignaling.accept({ roomId: 4242 }));
    await done(
      cloud,
      user(users, 'alice').adapter.callSignaling.cancel({ roomId: 4242, invitees: ['bob', 'carol'] }),
    );
    expect(signals(user(users, 'carol')).at(-1)).toEqual({
      type: 'cancelled',
      roomId: 4242,
      inviter: 'alice',
    });
    expect(signals(user(users, 'bob')).map((e) => (e as { type: string }).type)).toEqual(['invited']);
    expect(cloud.pendingInvitations()).toEqual([]);
    const stranger = rejection(
      user(users, 'bob').adapter.callSignaling.cancel({ roomId: 4242, invitees: ['carol'] }),
    );
    await cloud.settle();
    expect((await stranger).code).toBe(ErrorCode.NOT_FOUND);
  });

  it('times out unanswered invitees and tells everyone involved', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob', 'carol', 'dave');
    await done(
      cloud,
      user(users, 'alice').adapter.callSignaling.invite(
        invite({ invitees: ['bob', 'carol'], participants: ['dave'], isGroup: true, timeoutSec: 30 }),
      ),
    );
    await done(cloud, user(users, 'bob').adapter.callSignaling.accept({ roomId: 4242 }));
    const invitedAt = cloud.pendingInvitations()[0]?.deadline ?? 0;
    await cloud.advance(invitedAt - cloud.clock.now() - 1);
    expect(signals(user(users, 'carol'))).toHaveLength(2); // invited, accepted(bob)
    await cloud.advance(1);
    await cloud.settle();
    const timedOut = { type: 'timedOut', roomId: 4242, userIds: ['carol'] };
    for (const id of ['alice', 'bob', 'carol', 'dave'])
      expect(signals(user(users, id)).at(-1)).toEqual(timedOut);
    expect(cloud.pendingInvitations()).toEqual([]);
    expect(cloud.clock.pending()).toBe(0);
  });

  it('invitations to unknown or logged-out users are accepted and time out', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice');
    await done(
      cloud,
      user(users, 'alice').adapter.callSignaling.invite(invite({ invitees: ['ghost'], timeoutSec: 10 })),
    );
    await cloud.advance(10_000);
    await cloud.settle();
    expect(signals(user(users, 'alice'))).toEqual([{ type: 'timedOut', roomId: 4242, userIds: ['ghost'] }]);
  });

  it('late invitees: a second invitation in the same room, observed by those already in the call', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob', 'carol');
    await done(cloud, user(users, 'alice').adapter.callSignaling.invite(invite({ isGroup: true })));
    await done(cloud, user(users, 'bob').adapter.callSignaling.accept({ roomId: 4242 }));
    // bob, now in the call, invites carol; alice observes.
    await done(
      cloud,
      user(users, 'bob').adapter.callSignaling.invite(
        invite({ invitees: ['carol'], participants: ['alice'], isGroup: true }),
      ),
    );
    expect(signals(user(users, 'alice')).at(-1)).toMatchObject({
      type: 'invited',
      inviter: 'bob',
      invitees: ['carol'],
    });
    expect(cloud.pendingInvitations().map((i) => [i.inviter, i.pending])).toEqual([['bob', ['carol']]]);
    await done(cloud, user(users, 'carol').adapter.callSignaling.reject({ roomId: 4242, reason: 'decline' }));
    const rejected = { type: 'rejected', roomId: 4242, userId: 'carol', reason: 'decline' };
    expect(signals(user(users, 'alice')).at(-1)).toEqual(rejected);
    expect(signals(user(users, 'bob')).at(-1)).toEqual(rejected);
  });

  it('hangup and switchToAudio reach the listed users', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice', 'bob', 'carol');
    await done(
      cloud,
      user(users, 'alice').adapter.callSignaling.switchToAudio({ roomId: 1, userIds: ['bob'] }),
    );
    await done(
      cloud,
      user(users, 'alice').adapter.callSignaling.hangup({
        roomId: 1,
        userIds: ['bob', 'carol'],
        durationSec: 42,
      }),
    );
    expect(signals(user(users, 'bob'))).toEqual([
      { type: 'switchedToAudio', roomId: 1, userId: 'alice' },
      { type: 'hungUp', roomId: 1, userId: 'alice', durationSec: 42 },
    ]);
    expect(signals(user(users, 'carol'))).toEqual([
      { type: 'hungUp', roomId: 1, userId: 'alice', durationSec: 42 },
    ]);
  });

  it('checks invite parameters locally', async () => {
    const cloud = createFakeCloud();
    const users = await loggedIn(cloud, 'alice');
    const error = await rejection(
      user(users, 'alice').adapter.callSignaling.invite(invite({ invitees: [] })),
    );
    expect(error.code).toBe(ErrorCode.INVALID_PARAMETER);
  });
});
