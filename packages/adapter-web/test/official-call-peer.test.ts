import { CallType } from '@trtc-smart/core';
import {
  type CallingParty,
  loggedInParties,
  type OfficialCallKitName,
  OfficialCallPeer,
  officialCallKits,
  step,
  stringRoomNumber,
} from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import type { WebView } from '../src/view.js';
import { webAdapterHarness } from './web-adapter-harness.js';

type Party = CallingParty<WebView>;
const KITS: readonly OfficialCallKitName[] = ['ios', 'android', 'js'];

/** alice on adapter-web (one party per device), bob on an official kit (one peer per device). */
async function world(
  kit: OfficialCallKitName,
  options: { aliceDevices?: number; bobDevices?: number; multiTerminal?: boolean } = {},
) {
  const w = webAdapterHarness.world(options.multiTerminal ? { multiTerminal: true } : {});
  const alices = (await loggedInParties(w, Array(options.aliceDevices ?? 1).fill('alice'))) as Party[];
  const bobs = Array.from(
    { length: options.bobDevices ?? 1 },
    (_, i) => new OfficialCallPeer(w.cloud, kit, 'bob', `${kit}:bob#${i + 1}`),
  );
  for (const bob of bobs) await step(w, () => bob.login());
  return { w, alice: alices[0] as Party, alices, bob: bobs[0] as OfficialCallPeer, bobs };
}

const lastReading = (bob: OfficialCallPeer, event: Parameters<OfficialCallPeer['received']>[0]) =>
  bob.received(event).at(-1)?.reading;

describe('adapter-web ↔ official peer (calls)', () => {
  for (const kit of KITS) {
    describe(`${kit}: adapter-web calls the official app`, () => {
      it('invite: the kit reads our invitation as a video call in our room, and rings', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
        const roomId = alice.calling.getSnapshot().call?.roomId;
        expect(lastReading(bob, 'newInvitationReceived')).toEqual({ kind: 'call', roomId, callType: 2 });
        expect(bob.state).toBe('ringing');
      });

      it('accept: both are in the call', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
        await step(w, () => bob.accept());
        expect(alice.of('onCallBegin')).toHaveLength(1);
        expect(bob.state).toBe('inCall');
      });

      it('reject: onReject, then the call ends rejected', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.AUDIO }));
        await step(w, () => bob.reject());
        expect(alice.of('onReject')).toEqual([{ eventType: 'onReject', userId: 'bob' }]);
        expect(alice.of('onCallEnd')[0]?.reason).toBe('rejected');
      });

      it("busy: the kit's own busy answer reads as onLineBusy", async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => bob.call('carol', 2));
        await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
        expect(alice.of('onLineBusy')).toEqual([{ eventType: 'onLineBusy', userId: 'bob' }]);
        expect(alice.of('onCallEnd')[0]?.reason).toBe('lineBusy');
      });

      it('cancel: the ringing kit stops (cancelled)', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
        await step(w, () => alice.calling.hangup());
        expect(bob.ends).toEqual(['cancelled']);
      });

      it('timeout: onNoResp and noResponse here, timeout there', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
        await w.cloud.advance(31_000);
        expect(alice.of('onNoResp')).toEqual([{ eventType: 'onNoResp', userId: 'bob' }]);
        expect(alice.of('onCallEnd')[0]?.reason).toBe('noResponse');
        expect(bob.ends).toEqual(['timeout']);
      });

      it('hang-up: the kit leaves (iOS ignores hang-up signals and follows the room)', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
        await step(w, () => bob.accept());
        await step(w, () => alice.calling.hangup());
        expect(bob.state).toBe('idle');
        const reading = lastReading(bob, 'newInvitationReceived');
        expect(reading?.kind).toBe(kit === 'ios' ? 'ignored' : 'hangup');
      });

      it('switch to audio: the kit reads the request and agrees; we turn audio', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
        await step(w, () => bob.accept());
        await step(w, () => alice.calling.switchToAudio());
        expect(lastReading(bob, 'newInvitationReceived')).toEqual({ kind: 'switchToAudio' });
        expect(bob.callType).toBe(1);
        expect(alice.of('onCallTypeChanged')).toHaveLength(1);
      });
    });

    describe(`${kit}: the official app calls adapter-web`, () => {
      it('invite: onInvited with the kit’s call type', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => bob.call('alice', 2));
        expect(alice.of('onInvited')).toEqual([
          {
            eventType: 'onInvited',
            sponsor: 'bob',
            userIdList: ['alice'],
            isFromGroup: false,
            callType: CallType.VIDEO,
          },
        ]);
      });

      it('accept: the kit reads our accept as accepted and both are in the call', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => bob.call('alice', 2));
        await step(w, () => alice.calling.accept());
        expect(lastReading(bob, 'inviteeAccepted')).toEqual({ kind: 'accepted' });
        expect(bob.state).toBe('inCall');
        expect(alice.of('onCallBegin')).toHaveLength(1);
      });

      it('reject: the kit reads a plain reject', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => bob.call('alice', 1));
        await step(w, () => alice.calling.reject());
        expect(lastReading(bob, 'inviteeRejected')).toEqual({ kind: 'rejected' });
        expect(bob.ends).toEqual(['rejected']);
      });

      it('busy: our busy answer reads as busy in the kit', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => alice.calling.call({ userId: 'carol', type: CallType.AUDIO }));
        await step(w, () => bob.call('alice', 2));
        expect(lastReading(bob, 'inviteeRejected')).toEqual({ kind: 'busy' });
        expect(bob.ends).toEqual(['busy']);
      });

      it('cancel: onCallingCancel and the call ends cancelled', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => bob.call('alice', 2));
        await step(w, () => bob.cancel());
        expect(alice.of('onCallingCancel')).toEqual([{ eventType: 'onCallingCancel', userId: 'bob' }]);
        expect(alice.of('onCallEnd')[0]?.reason).toBe('cancelled');
      });

      it('timeout: onCallingTimeOut here, timeout there', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => bob.call('alice', 2));
        await w.cloud.advance(31_000);
        expect(alice.of('onCallingTimeOut')).toHaveLength(1);
        expect(bob.ends).toEqual(['timeout']);
      });

      it('hang-up: the kit leaves and the call ends remoteHangup', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => bob.call('alice', 2));
        await step(w, () => alice.calling.accept());
        await w.cloud.advance(5_000);
        await step(w, () => bob.hangup());
        expect(alice.of('onCallEnd')[0]?.reason).toBe('remoteHangup');
      });

      it('switch to audio: we agree with cmd switchToAudio, which the kit reads as agreement', async () => {
        const { w, alice, bob } = await world(kit);
        await step(w, () => bob.call('alice', 2));
        await step(w, () => alice.calling.accept());
        await step(w, () => bob.switchToAudio());
        expect(alice.of('onCallTypeChanged')).toHaveLength(1);
        expect(lastReading(bob, 'inviteeAccepted')).toEqual({ kind: 'switchAccepted' });
        expect(bob.callType).toBe(1);
      });
    });

    describe(`${kit}: answered on another device (IM multi-terminal login)`, () => {
      it('our two devices ring; accepting on one ends the other with otherDeviceAccepted', async () => {
        const { w, alices, bob } = await world(kit, { aliceDevices: 2, multiTerminal: true });
        const [first, second] = alices as [Party, Party];
        await step(w, () => bob.call('alice', 2));
        expect(second.of('onInvited')).toHaveLength(1);
        await step(w, () => first.calling.accept());
        expect(second.of('onCallEnd')).toEqual([
          { eventType: 'onCallEnd', reason: 'otherDeviceAccepted', totalTime: 0 },
        ]);
        expect(first.of('onCallBegin')).toHaveLength(1);
        expect(bob.state).toBe('inCall');
      });

      it('rejecting on one ends the other with otherDeviceRejected', async () => {
        const { w, alices, bob } = await world(kit, { aliceDevices: 2, multiTerminal: true });
        const [first, second] = alices as [Party, Party];
        await step(w, () => bob.call('alice', 2));
        await step(w, () => first.calling.reject());
        expect(second.of('onCallEnd')[0]?.reason).toBe('otherDeviceRejected');
        expect(bob.ends).toEqual(['rejected']);
      });

      it("the kit's two devices ring; answering on one stops the other as the kit does", async () => {
        const { w, alice, bobs } = await world(kit, { bobDevices: 2, multiTerminal: true });
        const [first, second] = bobs as [OfficialCallPeer, OfficialCallPeer];
        await step(w, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
        expect(second.state).toBe('ringing');
        await step(w, () => first.accept());
        expect(alice.of('onCallBegin')).toHaveLength(1);
        // TUICallKit Android (16cdb73f) does nothing on its own account's accept: it rings on until the timeout.
        if (officialCallKits[kit].followsOtherDevice) expect(second.ends).toEqual(['otherDeviceAccepted']);
        else expect(second.state).toBe('ringing');
      });
    });
  }

  it("the JS engine's hang-up names no room: it ends the call it belongs to", async () => {
    const { w, alice, bob } = await world('js');
    await step(w, () => bob.call('alice', 2));
    await step(w, () => alice.calling.accept());
    const roomId = alice.calling.getSnapshot().call?.roomId ?? 0;
    // The hang-up signal alone, bob still in the room: only the signal can end the call.
    const data = officialCallKits.js.hangup({ roomId, callType: 2, userIds: ['alice'], groupId: '' }, 3);
    await step(w, () =>
      bob.device.imSignaling.invite({ inviteeList: ['alice'], groupID: '', data, timeout: 0 }),
    );
    expect(alice.of('onCallEnd')[0]?.reason).toBe('remoteHangup');
    // bob left only after alice did: the signal, not the room, ended alice's call.
    expect(bob.ends).toEqual(['remoteLeft']);
  });

  it("the JS engine's switchToVideo is declined at once, never left to time out", async () => {
    const { w, alice, bob } = await world('js');
    await step(w, () => bob.call('alice', 1));
    await step(w, () => alice.calling.accept());
    await step(w, () => bob.switchToVideo());
    const [answer] = bob.received('inviteeRejected');
    expect(JSON.parse(answer?.data ?? '{}')).toMatchObject({
      data: { cmd: 'switchToVideo', message: 'switching to video is not supported' },
    });
    expect(bob.received('invitationTimeout')).toEqual([]);
    expect(alice.calling.getSnapshot().call?.callType).toBe(CallType.AUDIO);
  });

  it('a string-room call (data.str_room_id) is held in that TRTC string room', async () => {
    const { w, alice, bob } = await world('android');
    const strRoomId = 'trtc-str-room';
    // The phone payload of tencent-wire-protocols.md ("A payload seen from a phone running Tencent's
    // mobile call kit") as the newer engine sends it for a string room: str_room_id filled, room_id 0.
    // Not a source vector: no fetched Tencent source builds data.str_room_id (see AvCallPayload.strRoomId).
    const data = `{"businessID":"av_call","call_end":0,"call_type":2,"data":{"cmd":"videoCall","excludeFromHistoryMessage":true,"inviter":"bob","message":"","room_id":0,"str_room_id":"${strRoomId}","userIDs":["alice"]},"platform":"GLK-AL00","room_id":0,"userData":"","version":4}`;
    const room = stringRoomNumber(strRoomId);
    await step(w, () =>
      bob.device.callMedia.enterRoom({ roomId: room, userId: 'bob', callType: CallType.VIDEO }),
    );
    await step(w, () =>
      bob.device.imSignaling.invite({ inviteeList: ['alice'], groupID: '', data, timeout: 30 }),
    );
    expect(alice.of('onInvited')).toHaveLength(1);
    await step(w, () => alice.calling.accept());
    expect(w.cloud.roomMembers(room)).toEqual(['bob', 'alice']);
    expect(alice.of('onCallBegin')).toHaveLength(1);
    const accept = bob.received('inviteeAccepted').at(-1)?.data ?? '{}';
    expect(JSON.parse(accept)).toMatchObject({ room_id: 0, data: { str_room_id: strRoomId } });
  });

  it('every invite carries the offline push an offline phone rings with', async () => {
    const { w, alice } = await world('ios');
    await step(w, () =>
      alice.calling.call({ userId: 'dave', type: CallType.VIDEO, offlinePushInfo: { title: 'Alice' } }),
    );
    const [push] = w.cloud.offlinePushes();
    expect(push).toMatchObject({
      to: 'dave',
      offlinePushInfo: { title: 'Alice', description: 'You have a call invitation.' },
    });
    const entity = JSON.parse(push?.offlinePushInfo.extension ?? '{}').entity;
    expect(entity).toMatchObject({ action: 2, chatType: 1, sender: 'alice', version: 1 });
    expect(JSON.parse(entity.content)).toMatchObject({
      action: 1,
      call_type: 2,
      invited_list: ['dave'],
      timeout: 30,
      version: 4,
    });
  });

  it('without multi-terminal login a second login kicks the first (onKickedOffline)', async () => {
    const { w, alice } = await world('ios');
    const [again] = (await loggedInParties(w, ['alice'])) as Party[];
    expect(alice.of('onKickedOffline')).toHaveLength(1);
    expect(again?.of('onKickedOffline')).toEqual([]);
  });
});
