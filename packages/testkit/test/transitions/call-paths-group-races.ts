import { type CallSignalingEvent, CallType, ErrorCode } from '@trtc-smart/core';
import { merge, Subject } from 'rxjs';
import { expect } from 'vitest';
import type { CallUser, CallWorld, Path } from './world.js';

const VIDEO = CallType.VIDEO;
const status = (u: CallUser) => u.status();
const participant = (u: CallUser, id: string) => u.calling.getSnapshot().call?.participants[id];

/** Races between answers, cancels and invitations from several members of one call. */
export const callGroupRacePaths: readonly Path<CallWorld>[] = [
  {
    name: 'the caller cancels just before the callee accepts: the callee joins nobody and ends',
    async run(world) {
      const w = world();
      const [a, b] = await w.loggedIn('alice', 'bob');
      await w.run(() => a.calling.call({ userId: 'bob', type: VIDEO }));
      // The cancel is on its way (it reaches the cloud first) when Bob accepts.
      const hangingUp = a.calling.hangup();
      await w.cloud.advance(5);
      const accepting = b.calling.accept();
      accepting.catch(() => undefined);
      await w.cloud.advance(36);
      expect(status(b)).toBe('connecting');
      expect(participant(b, 'alice')?.status).toBe('left');
      await w.run(() => hangingUp);
      await expect(accepting).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
      expect([status(a), status(b)]).toEqual(['idle', 'idle']);
      expect(b.heard()).toEqual(['onInvited', 'onCallEnd']);
    },
  },
  {
    name: 'a member who missed an invitation invites the same user again with another: the ringing user notes and times out the other',
    async run(world) {
      const w = world();
      const a = w.user('alice', { inviteTimeoutSec: 60 });
      const c = w.user('carol', { inviteTimeoutSec: 10 });
      const b = w.user('bob');
      const e = w.user('erin');
      await w.logIn(a, b, c, e);
      await w.run(() => a.calling.groupCall({ userIdList: ['carol'], type: VIDEO }));
      await w.run(() => c.calling.accept());
      // Carol misses the notice that Alice invited Bob.
      w.cloud.network.partition('carol');
      await w.run(() => a.calling.groupCall({ userIdList: ['bob'], type: VIDEO }));
      w.cloud.network.heal('carol');
      expect(participant(c, 'bob')).toBeUndefined();
      await w.run(() => c.calling.groupCall({ userIdList: ['bob', 'erin'], type: VIDEO }));
      expect(b.heard()).toEqual(['onInvited', 'onGroupCallInviteeListUpdate']);
      // Bob's own deadline for Erin fires before the cloud's timeout reaches his slower link.
      w.cloud.network.configure({ latencyMs: 500 }, 'bob');
      await w.cloud.advance(10_100);
      expect(status(b)).toBe('ringing');
      expect(participant(b, 'erin')?.status).toBe('noResponse');
      await w.cloud.advance(1_000);
      expect(b.calling.getSnapshot().lastCall?.reason).toBe('timeout');
    },
  },
  {
    name: "a group invitee's own timeout notice reaches another ringing invitee, which keeps ringing",
    async run(world) {
      // Tencent's TSignaling sends each group invitee's own timeout notice to the group with
      // inviteeList [that invitee] (Tencent-RTC/TUICallKit MiniProgram/TUICalling/TRTCCalling/
      // node_module/tsignaling-wx.js, _sendTimeoutNotice, commit 3ca38fda0de0d41df1cca1a1a1ef259e74418c70);
      // the fake cloud times a group invitation out at once, so the notice is injected here.
      const w = world();
      const notices = new Subject<CallSignalingEvent>();
      const b = w.user('bob', {
        rewire: (d) => ({
          callSignaling: { ...d.callSignaling, events$: merge(d.callSignaling.events$, notices) },
        }),
      });
      const [a, c] = await w.loggedIn('alice', 'carol');
      await w.logIn(b);
      await w.run(() => a.calling.groupCall({ userIdList: ['bob', 'carol'], type: VIDEO }));
      const roomId = b.calling.getSnapshot().call?.roomId ?? 0;
      notices.next({ type: 'timedOut', roomId, userIds: ['carol'] });
      expect(status(b)).toBe('ringing');
      expect(participant(b, 'carol')?.status).toBe('noResponse');
      expect(status(c)).toBe('ringing');
    },
  },
];
