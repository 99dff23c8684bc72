import { CallType, ErrorCode } from '@trtc-smart/core';
import { type CallingParty, type FakeCloud, loggedInParties, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import type { WebView } from '../src/view.js';
import { webAdapterHarness } from './web-adapter-harness.js';

/** What adapter-web sent through chat's invitation API, as the fake cloud's trace recorded it. */
function imCalls(world: { cloud: FakeCloud }, method: string) {
  return world.cloud
    .trace()
    .filter((e) => e.type === 'call' && e.method === `im.${method}`)
    .map((e) => {
      const { device, params } = e as { device?: string; params?: unknown };
      return { device, params: params as { data: string; inviteeList?: string[]; timeout?: number } };
    });
}

type Parties = [CallingParty<WebView>, CallingParty<WebView>];

async function twoUsers() {
  const world = webAdapterHarness.world();
  const parties = (await loggedInParties(world, ['alice', 'bob'])) as Parties;
  return { world, parties };
}

describe('adapter-web on the wire', () => {
  it("a call is chat's invite with TUICallKit's v4 payload; accept, hang-up with duration follow", async () => {
    const { world, parties } = await twoUsers();
    const [a, b] = parties;
    await step(world, () => a.calling.call({ userId: 'bob', type: CallType.VIDEO }));
    const roomId = a.calling.getSnapshot().call?.roomId ?? 0;
    expect(imCalls(world, 'invite')).toEqual([
      {
        device: 'alice',
        params: {
          inviteeList: ['bob'],
          groupID: '',
          data: `{"version":4,"businessID":"av_call","platform":"Web","call_type":2,"room_id":${roomId},"data":{"cmd":"videoCall","room_id":${roomId},"userIDs":["bob"],"cmdInfo":"","message":""}}`,
          timeout: 30,
          offlinePushInfo: expect.objectContaining({
            title: 'alice',
            description: 'You have a call invitation.',
          }),
        },
      },
    ]);
    await step(world, () => b.calling.accept());
    expect(imCalls(world, 'accept')[0]?.params.data).toBe(
      `{"version":4,"businessID":"av_call","platform":"Web","call_type":2,"room_id":${roomId},"data":{"cmd":"","room_id":${roomId},"cmdInfo":"","message":""}}`,
    );
    await world.cloud.advance(42_000);
    await step(world, () => a.calling.hangup());
    expect(imCalls(world, 'invite').at(-1)).toEqual({
      device: 'alice',
      params: {
        inviteeList: ['bob'],
        groupID: '',
        data: `{"version":4,"businessID":"av_call","platform":"Web","call_type":2,"room_id":${roomId},"call_end":42,"data":{"cmd":"hangup","room_id":${roomId},"cmdInfo":"","message":""}}`,
        timeout: 0,
      },
    });
    expect(b.of('onCallEnd')).toEqual([{ eventType: 'onCallEnd', reason: 'remoteHangup', totalTime: 42 }]);
  });

  it('a busy callee answers with the busy reject payload', async () => {
    const world = webAdapterHarness.world();
    const [a, b, c] = (await loggedInParties(world, [
      'alice',
      'bob',
      'carol',
    ])) as CallingParty<WebView>[] as [CallingParty<WebView>, CallingParty<WebView>, CallingParty<WebView>];
    await step(world, () => b.calling.call({ userId: 'carol', type: CallType.AUDIO }));
    await step(world, () => c.calling.accept());
    await step(world, () => a.calling.call({ userId: 'bob', type: CallType.VIDEO }));
    const busy = imCalls(world, 'reject').at(-1);
    expect(busy?.device).toBe('bob');
    expect(JSON.parse(busy?.params.data ?? '{}')).toMatchObject({
      line_busy: 'line_busy',
      data: { message: 'lineBusy' },
    });
    expect(a.of('onLineBusy')).toEqual([{ eventType: 'onLineBusy', userId: 'bob' }]);
  });

  it('renders into the element ids it is given and registers no plugin for calls', async () => {
    const { world, parties } = await twoUsers();
    const [a, b] = parties;
    await step(world, () => a.calling.call({ userId: 'bob', type: CallType.VIDEO }));
    await step(world, () => b.calling.accept());
    await step(world, () => a.calling.openCamera({ isFront: true, view: 'alice-preview' }));
    await step(world, () => b.calling.startRemoteView({ userId: 'alice', view: 'alice-on-bob' }));
    expect(webAdapterHarness.views.get('alice')?.local).toBe('alice-preview');
    expect(webAdapterHarness.views.get('bob')?.remote.get('alice')).toBe('alice-on-bob');
    expect(webAdapterHarness.views.get('alice')?.plugins).toEqual([]);
    await expect(
      a.calling.openCamera({ isFront: true, view: 'has spaces' as WebView }),
    ).rejects.toMatchObject({
      code: ErrorCode.INVALID_PARAMETER,
      message: expect.stringContaining('view'),
    });
  });
});

describe("interop with Tencent's call kits", () => {
  /** A phone running Tencent's kit: a raw fake-cloud device that speaks chat's invitations itself. */
  async function phoneAndWebUser() {
    const world = webAdapterHarness.world();
    const { cloud } = world;
    const phone = cloud.adapter('102');
    const received: unknown[] = [];
    phone.imSignaling.events$.subscribe((e) => received.push(e));
    const login = phone.session.login({ sdkAppId: world.sdkAppId, userId: '102', userSig: 'dev-sig-102' });
    const [web] = (await loggedInParties(world, ['103'])) as [CallingParty<WebView>];
    await login;
    return { world, cloud, phone, web, received };
  }

  it("rings for the phone's v4 payload, and the phone hears the accept", async () => {
    const { world, phone, web, received } = await phoneAndWebUser();
    const data =
      '{"businessID":"av_call","call_end":0,"call_type":1,"data":{"cmd":"audioCall","excludeFromHistoryMessage":true,"inviter":"102","message":"","room_id":129316570,"str_room_id":"","userIDs":["103"]},"platform":"GLK-AL00","room_id":129316570,"userData":"","version":4}';
    await step(world, () =>
      phone.imSignaling.invite({ inviteeList: ['103'], groupID: '', data, timeout: 30 }),
    );
    expect(web.of('onInvited')).toEqual([
      {
        eventType: 'onInvited',
        sponsor: '102',
        userIdList: ['103'],
        isFromGroup: false,
        callType: CallType.AUDIO,
      },
    ]);
    await step(world, () =>
      phone.callMedia.enterRoom({ roomId: 129316570, userId: '102', callType: CallType.AUDIO }),
    );
    await step(world, () => web.calling.accept());
    expect(web.calling.getSnapshot().status).toBe('inCall');
    expect(received).toContainEqual(expect.objectContaining({ type: 'inviteeAccepted', invitee: '103' }));
  });

  it('understands a legacy v1 invite and a v1 hang-up with call_end', async () => {
    const { world, phone, web } = await phoneAndWebUser();
    await step(world, () =>
      phone.imSignaling.invite({
        inviteeList: ['103'],
        groupID: '',
        data: '{"version":1,"call_type":2,"room_id":4242}',
        timeout: 30,
      }),
    );
    expect(web.of('onInvited')[0]).toMatchObject({ sponsor: '102', callType: CallType.VIDEO });
    await step(world, () =>
      phone.callMedia.enterRoom({ roomId: 4242, userId: '102', callType: CallType.VIDEO }),
    );
    await step(world, () => web.calling.accept());
    await step(world, () =>
      phone.imSignaling.invite({
        inviteeList: ['103'],
        groupID: '',
        data: '{"version":1,"call_type":2,"room_id":4242,"call_end":5}',
        timeout: 0,
      }),
    );
    await step(world, () => phone.callMedia.exitRoom());
    expect(web.of('onCallEnd').map((e) => e.reason)).toEqual(['remoteHangup']);
    expect(web.calling.getSnapshot().status).toBe('idle');
  });

  it('ignores payloads of other businesses; reads a higher version when its fields are there', async () => {
    const { world, phone, web } = await phoneAndWebUser();
    await step(world, () =>
      phone.imSignaling.invite({
        inviteeList: ['103'],
        groupID: '',
        data: '{"version":1,"businessID":"Live","platform":"Web","data":{"cmd":"requestJoinAnchor","roomId":"9"}}',
        timeout: 30,
      }),
    );
    expect(web.timeline()).toEqual([]);
    await step(world, () =>
      phone.imSignaling.invite({
        inviteeList: ['103'],
        groupID: '',
        data: '{"version":5,"businessID":"av_call","call_type":2,"room_id":9,"data":{"cmd":"videoCall","userIDs":["103"]}}',
        timeout: 30,
      }),
    );
    expect(web.timeline()).toEqual(['onInvited']);
  });
});
