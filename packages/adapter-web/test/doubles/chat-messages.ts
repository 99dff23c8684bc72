import TencentCloudChat, { type Message } from '@tencentcloud/chat';
import { ErrorCode } from '@trtc-smart/core';
import type { ImMessageEvent } from '@trtc-smart/testkit';
import type { ChatClient } from '../../src/sdk.js';

/** Core codes the fake cloud answers with, as IM's own codes. */
export type ChatCodes = Partial<Record<number, number>>;

/** IM's group codes: no such group, not allowed (not the owner, not a member), group id in use. */
export const groupCodes: ChatCodes = {
  [ErrorCode.NOT_FOUND]: 10010,
  [ErrorCode.INVALID_STATE]: 10007,
  [ErrorCode.ALREADY_EXISTS]: 10021,
};

/** TIMGroupSystemNoticeElem's operationType for a dismissed group. */
const GROUP_DISMISSED = 5;
const SYSTEM = '@TIM#SYSTEM';

let nextId = 1;

/** A whole chat `Message`, as createTextMessage / createCustomMessage and MESSAGE_RECEIVED give them. */
export function chatMessage(
  type: TencentCloudChat.TYPES,
  options: Pick<Parameters<ChatClient['createTextMessage']>[0], 'to' | 'conversationType' | 'payload'>,
  from: string,
  sender: { nick: string; avatar: string } = { nick: '', avatar: '' },
): Message {
  const { to, conversationType, payload } = options;
  return {
    ID: `msg-${nextId++}`,
    type,
    payload,
    conversationID: `${conversationType}${to}`,
    conversationType,
    to,
    from,
    flow: 'out',
    time: 0,
    status: 'unSend',
    isRevoked: false,
    priority: TencentCloudChat.TYPES.MSG_PRIORITY_NORMAL,
    nick: sender.nick,
    avatar: sender.avatar,
    isPeerRead: false,
    nameCard: '',
    atUserList: [],
    cloudCustomData: '',
    isDeleted: false,
    isModified: false,
    needReadReceipt: false,
    readReceiptInfo: null,
    isBroadcastMessage: false,
    isSupportExtension: false,
    revoker: '',
    revokerInfo: { userID: '', nick: '', avatar: '' },
    revokeReason: '',
    sequence: 0,
    hasRiskContent: false,
  };
}

/** What the fake cloud delivered, as the chat SDK hands it to MESSAGE_RECEIVED. */
export function imMessageToChat(event: ImMessageEvent, self: string): Message {
  const { TYPES } = TencentCloudChat;
  const received = (message: Message): Message => ({ ...message, flow: 'in', status: 'success' });
  switch (event.type) {
    case 'groupMessage':
    case 'c2cMessage': {
      const group = event.type === 'groupMessage';
      const { body, from } = event;
      const text = body.kind === 'text';
      return received(
        chatMessage(
          text ? TYPES.MSG_TEXT : TYPES.MSG_CUSTOM,
          {
            to: group ? event.groupID : self,
            conversationType: group ? TYPES.CONV_GROUP : TYPES.CONV_C2C,
            payload: text ? { text: body.text } : { data: body.data, description: '', extension: '' },
          },
          from.userID,
          from,
        ),
      );
    }
    case 'memberTip':
      return received(
        chatMessage(
          TYPES.MSG_GRP_TIP,
          {
            to: event.groupID,
            conversationType: TYPES.CONV_GROUP,
            payload: {
              operationType: event.operation === 'join' ? TYPES.GRP_TIP_MBR_JOIN : TYPES.GRP_TIP_MBR_QUIT,
              operatorID: event.user.userID,
              userIDList: [event.user.userID],
              memberList: [event.user],
              memberNum: event.memberNum,
              groupProfile: { groupID: event.groupID },
            },
          },
          SYSTEM,
        ),
      );
    case 'introductionChanged':
      return received(
        chatMessage(
          TYPES.MSG_GRP_TIP,
          {
            to: event.groupID,
            conversationType: TYPES.CONV_GROUP,
            payload: {
              operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED,
              operatorID: event.operator,
              groupProfile: { groupID: event.groupID },
              newGroupProfile: { introduction: event.introduction },
            },
          },
          SYSTEM,
        ),
      );
    case 'groupDismissed':
      return received(
        chatMessage(
          TYPES.MSG_GRP_SYS_NOTICE,
          {
            to: self,
            conversationType: TYPES.CONV_SYSTEM,
            payload: {
              operationType: GROUP_DISMISSED,
              operatorID: event.operator,
              groupProfile: { groupID: event.groupID },
            },
          },
          SYSTEM,
        ),
      );
  }
}
