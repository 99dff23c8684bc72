import TencentCloudChat from '@tencentcloud/chat';
import type { CallingChatClient, ChatClient, ChatSdk } from '../../src/sdk.js';

/**
 * Chat's invitations between clients in one page, so a call can start in a browser that reaches
 * no Tencent host; TRTC stays the real SDK. Constants come from the real @tencentcloud/chat.
 */
type Handler = (event: { data: unknown }) => void;

export function loopbackChat(): ChatSdk {
  const clients = new Map<string, { fire(name: unknown, data: unknown): void }>();
  const invitations = new Map<string, { inviter: string; invitees: string[] }>();
  let next = 1;
  const { TSignaling } = TencentCloudChat;
  const create = (): CallingChatClient => {
    const listeners = new Map<string, Set<Handler>>();
    let userId = '';
    const fire = (name: unknown, data: unknown) => {
      for (const handler of listeners.get(String(name)) ?? []) handler({ data });
    };
    const deliver = (to: readonly string[], name: unknown, data: unknown) =>
      // Asynchronous, like a network.
      setTimeout(() => {
        for (const id of to) clients.get(id)?.fire(name, data);
      }, 5);
    const invite = async (inviteeList: string[], groupID: string, data = '', timeout = 30) => {
      const inviteID = `loop-${next++}`;
      invitations.set(inviteID, { inviter: userId, invitees: inviteeList });
      deliver(inviteeList, TSignaling.NEW_INVITATION_RECEIVED, {
        inviteID,
        inviter: userId,
        groupID,
        inviteeList,
        data,
        timeout,
      });
      return { data: { inviteID } };
    };
    const answer = (name: unknown) => async (options: { inviteID: string; data?: string }) => {
      const invitation = invitations.get(options.inviteID);
      if (invitation)
        deliver([invitation.inviter], name, {
          inviteID: options.inviteID,
          invitee: userId,
          data: options.data,
        });
      return {};
    };
    return {
      setLogLevel: () => undefined,
      login: async (options: { userID: string }) => {
        userId = options.userID;
        clients.set(userId, { fire });
        return {};
      },
      logout: async () => {
        clients.delete(userId);
      },
      isReady: () => clients.has(userId),
      on: () => undefined,
      off: () => undefined,
      addSignalingListener: (name: string, handler: Handler) => {
        listeners.set(name, new Set([...(listeners.get(name) ?? []), handler]));
      },
      removeSignalingListener: (name: string, handler: Handler) => {
        listeners.get(name)?.delete(handler);
      },
      invite: (o: { userID: string; data?: string; timeout?: number }) =>
        invite([o.userID], '', o.data, o.timeout),
      inviteInGroup: (o: { groupID: string; inviteeList: string[]; data?: string; timeout?: number }) =>
        invite(o.inviteeList, o.groupID, o.data, o.timeout),
      accept: answer(TSignaling.INVITEE_ACCEPTED),
      reject: answer(TSignaling.INVITEE_REJECTED),
      cancel: async (options: { inviteID: string; data?: string }) => {
        const invitation = invitations.get(options.inviteID);
        if (invitation) {
          deliver(invitation.invitees, TSignaling.INVITATION_CANCELLED, {
            inviteID: options.inviteID,
            inviter: userId,
            data: options.data,
          });
        }
        return {};
      },
    };
  };
  return {
    EVENT: TencentCloudChat.EVENT,
    TYPES: TencentCloudChat.TYPES,
    TSignaling: TencentCloudChat.TSignaling,
    // The page runs calls and local media only: no group method is ever reached.
    create: () => create() as ChatClient,
  };
}
