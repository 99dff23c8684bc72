import TencentCloudChat from '@tencentcloud/chat';
import type { CallSignalingEvent } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { createWebAdapter } from '../src/index.js';
import type { CallingChatClient, ChatClient, ChatSdk } from '../src/sdk.js';
import { encodeCallInvite } from '../src/wire/av-call-v4.js';
import { trtcDouble } from './doubles/trtc-double.js';

/** A chat client whose signaling events the test fires by hand, as IM delivers them to every device of an account. */
function scriptedChat() {
  const listeners = new Map<string, (event: { data: unknown }) => void>();
  const client: CallingChatClient = {
    setLogLevel: () => undefined,
    login: async () => ({ code: 0 }),
    logout: async () => undefined,
    isReady: () => true,
    on: () => undefined,
    off: () => undefined,
    addSignalingListener: (name: string, handler: (event: { data: unknown }) => void) =>
      listeners.set(name, handler),
    removeSignalingListener: (name: string) => listeners.delete(name),
    invite: async () => ({ data: { inviteID: 'mine-1' } }),
    inviteInGroup: async () => ({ data: { inviteID: 'mine-2' } }),
    accept: async () => ({}),
    reject: async () => ({}),
    cancel: async () => ({}),
  };
  const sdk: ChatSdk = {
    EVENT: TencentCloudChat.EVENT,
    TYPES: TencentCloudChat.TYPES,
    TSignaling: TencentCloudChat.TSignaling,
    // Calls only: no group method is ever reached.
    create: () => client as ChatClient,
  };
  const fire = (name: unknown, data: unknown) => listeners.get(String(name))?.({ data });
  return { sdk, fire };
}

describe('signals from our own account on another device', () => {
  it('are not counted as answers; her own answer elsewhere ends the ringing here', async () => {
    const device = createFakeCloud().adapter('alice');
    const chat = scriptedChat();
    const adapter = createWebAdapter({ sdkAppId: 1, TRTC: trtcDouble(device), TencentCloudChat: chat.sdk });
    const events: CallSignalingEvent[] = [];
    adapter.callSignaling.events$.subscribe((e) => events.push(e));
    await adapter.session.login({ sdkAppId: 1, userId: 'alice', userSig: 'sig' });
    const data = encodeCallInvite({ callType: 1, roomId: 77, userIds: ['bob'] });
    const { TSignaling } = TencentCloudChat;
    // alice on her phone calls bob: this tab sees the invitation too, and must not ring or count it.
    chat.fire(TSignaling.NEW_INVITATION_RECEIVED, {
      inviteID: 'x1',
      inviter: 'alice',
      inviteeList: ['bob'],
      data,
    });
    // bob calls alice; alice answers on her phone: not an invitee's answer, but this tab stops ringing.
    const toAlice = encodeCallInvite({ callType: 1, roomId: 78, userIds: ['alice'] });
    chat.fire(TSignaling.NEW_INVITATION_RECEIVED, {
      inviteID: 'x2',
      inviter: 'bob',
      inviteeList: ['alice'],
      data: toAlice,
      timeout: 30,
    });
    chat.fire(TSignaling.INVITEE_ACCEPTED, { inviteID: 'x2', inviter: 'bob', invitee: 'alice', data: '' });
    expect(events).toEqual([
      {
        type: 'invited',
        roomId: 78,
        inviter: 'bob',
        invitees: ['alice'],
        participants: [],
        callType: 1,
        isGroup: false,
        timeoutSec: 30,
      },
      { type: 'answeredElsewhere', roomId: 78, accepted: true },
    ]);
  });
});
