import TencentCloudChat from '@tencentcloud/chat';
import { ErrorCode } from '@trtc-smart/core';
import { toTrtcSmartError } from '@trtc-smart/core/adapter-kit';
import type { FakeAdapter, ImSignalingEvent } from '@trtc-smart/testkit';
import type { ChatClient, ChatSdk } from '../../src/sdk.js';
import { type ChatCodes, chatMessage, groupCodes, imMessageToChat } from './chat-messages.js';

/**
 * The chat SDK as createWebAdapter sees it, on the fake cloud: login through the device's session,
 * signaling through the fake cloud's SDK-level IM relay. Typed against @tencentcloud/chat's own
 * declarations (ChatClient picks from ChatSDK), and using the real package's constants (it loads
 * in Node; only its network code is replaced).
 */
export function chatDouble(device: FakeAdapter): ChatSdk {
  return {
    EVENT: TencentCloudChat.EVENT,
    TYPES: TencentCloudChat.TYPES,
    TSignaling: TencentCloudChat.TSignaling,
    create: (options) => new ChatClientDouble(device, options.SDKAppID),
  };
}

type Handler = (event: { name: string; data: unknown }) => void;

/** IM's own codes for what the fake cloud reports in core's table, so the adapter's mapping is exercised. */
const chatCodes: ChatCodes = {
  [ErrorCode.USER_SIG_INVALID]: 70003,
  [ErrorCode.USER_SIG_EXPIRED]: 70001,
  [ErrorCode.NETWORK_TIMEOUT]: 2801,
  [ErrorCode.NOT_LOGGED_IN]: 2024,
  [ErrorCode.NOT_FOUND]: 8010,
};

async function chatCall<T>(run: () => Promise<T>, codes: ChatCodes = chatCodes): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const e = toTrtcSmartError(error);
    throw chatError(e.message, codes[e.code] ?? chatCodes[e.code] ?? 1);
  }
}

const chatError = (message: string, code: number) => Object.assign(new Error(message), { code });

/** IM's answers for a group one already owns (createGroup) or is already in (joinGroup). */
const ALREADY_OWNER = 10025;
const ALREADY_MEMBER = 10013;

type Params<M extends keyof ChatClient> = Parameters<ChatClient[M]>[0];

class ChatClientDouble implements ChatClient {
  readonly #device: FakeAdapter;
  readonly #sdkAppId: number;
  readonly #handlers = new Map<string, Set<Handler>>();
  readonly #signaling = new Map<string, Set<Handler>>();
  #ready = false;
  #userId = '';
  /** The last setLogLevel. */
  logLevel: number | undefined;

  setLogLevel(level: number) {
    this.logLevel = level;
  }

  constructor(device: FakeAdapter, sdkAppId: number) {
    this.#device = device;
    this.#sdkAppId = sdkAppId;
    const { EVENT, TYPES, TSignaling } = TencentCloudChat;
    device.session.events$.subscribe((event) => {
      if (event.type === 'connectionChanged') {
        const state = {
          connected: TYPES.NET_STATE_CONNECTED,
          connecting: TYPES.NET_STATE_CONNECTING,
          disconnected: TYPES.NET_STATE_DISCONNECTED,
        }[event.state];
        this.#emit(this.#handlers, EVENT.NET_STATE_CHANGE, { state });
        return;
      }
      this.#ready = false;
      const type =
        event.type === 'userSigExpired' ? TYPES.KICKED_OUT_USERSIG_EXPIRED : TYPES.KICKED_OUT_MULT_ACCOUNT;
      this.#emit(this.#handlers, EVENT.KICKED_OUT, { type });
    });
    const names: Record<ImSignalingEvent['type'], string> = {
      newInvitationReceived: String(TSignaling.NEW_INVITATION_RECEIVED),
      inviteeAccepted: String(TSignaling.INVITEE_ACCEPTED),
      inviteeRejected: String(TSignaling.INVITEE_REJECTED),
      invitationCancelled: String(TSignaling.INVITATION_CANCELLED),
      invitationTimeout: String(TSignaling.INVITATION_TIMEOUT),
    };
    device.imSignaling.events$.subscribe(({ type, ...data }) =>
      this.#emit(this.#signaling, names[type], data),
    );
    device.imGroups.events$.subscribe((event) =>
      this.#emit(this.#handlers, EVENT.MESSAGE_RECEIVED, [imMessageToChat(event, this.#userId)]),
    );
  }

  async login(options: { userID: string; userSig: string }) {
    await chatCall(() =>
      this.#device.session.login({
        sdkAppId: this.#sdkAppId,
        userId: options.userID,
        userSig: options.userSig,
      }),
    );
    this.#ready = true;
    this.#userId = options.userID;
    this.#emit(this.#handlers, TencentCloudChat.EVENT.SDK_READY, undefined);
    return { code: 0, data: { repeatLogin: false } };
  }

  async logout() {
    await chatCall(() => this.#device.session.logout());
    this.#ready = false;
    this.#emit(this.#handlers, TencentCloudChat.EVENT.SDK_NOT_READY, undefined);
  }

  isReady() {
    return this.#ready;
  }

  on(eventName: string, handler: Handler) {
    add(this.#handlers, eventName, handler);
  }

  off(eventName: string, handler: Handler) {
    this.#handlers.get(eventName)?.delete(handler);
  }

  addSignalingListener(eventName: string, handler: Handler) {
    add(this.#signaling, eventName, handler);
  }

  removeSignalingListener(eventName: string, handler: Handler) {
    this.#signaling.get(eventName)?.delete(handler);
  }

  invite(options: Params<'invite'>) {
    return this.#invite([options.userID], '', options);
  }

  inviteInGroup(options: Params<'inviteInGroup'>) {
    return this.#invite(options.inviteeList, options.groupID, options);
  }

  accept(options: { inviteID: string; data?: string }) {
    return this.#answer('accept', options);
  }

  reject(options: { inviteID: string; data?: string }) {
    return this.#answer('reject', options);
  }

  cancel(options: { inviteID: string; data?: string }) {
    return this.#answer('cancel', options);
  }

  async createGroup(options: Params<'createGroup'>) {
    const { groupID = '', name, introduction = '', avatar = '' } = options;
    const params = { groupID, type: String(options.type), name, introduction, avatar };
    const { alreadyOwned } = await chatCall(() => this.#device.imGroups.createGroup(params), groupCodes);
    if (alreadyOwned) throw chatError(`group ${groupID} is already yours`, ALREADY_OWNER);
    return { code: 0, data: { group: { groupID } } };
  }

  async dismissGroup(groupID: string) {
    await chatCall(() => this.#device.imGroups.dismissGroup({ groupID }), groupCodes);
    return { code: 0, data: { groupID } };
  }

  async joinGroup(options: Params<'joinGroup'>) {
    const { groupID } = options;
    const { alreadyMember } = await chatCall(() => this.#device.imGroups.joinGroup({ groupID }), groupCodes);
    if (alreadyMember) throw chatError(`already a member of group ${groupID}`, ALREADY_MEMBER);
    return { code: 0, data: { status: TencentCloudChat.TYPES.JOIN_STATUS_SUCCESS, group: { groupID } } };
  }

  async quitGroup(groupID: string) {
    await chatCall(() => this.#device.imGroups.quitGroup({ groupID }), groupCodes);
    return { code: 0, data: { groupID } };
  }

  async getGroupProfile(options: Params<'getGroupProfile'>) {
    const group = await chatCall(
      () => this.#device.imGroups.getGroupProfile({ groupID: options.groupID }),
      groupCodes,
    );
    const { memberNum, ...rest } = group;
    return { code: 0, data: { group: { ...rest, memberCount: memberNum } } };
  }

  async updateGroupProfile(options: Params<'updateGroupProfile'>) {
    const { groupID, name, introduction, avatar } = options;
    const changes = {
      groupID,
      ...(name === undefined ? {} : { name }),
      ...(introduction === undefined ? {} : { introduction }),
      ...(avatar === undefined ? {} : { avatar }),
    };
    await chatCall(() => this.#device.imGroups.updateGroupProfile(changes), groupCodes);
    return { code: 0, data: { group: { groupID } } };
  }

  async getGroupMemberList(options: Params<'getGroupMemberList'>) {
    const { groupID, count = 15, offset = 0 } = options;
    const page = await chatCall(
      () => this.#device.imGroups.getGroupMembers({ groupID, count, offset: Number(offset) }),
      groupCodes,
    );
    return { code: 0, data: { memberList: page.memberList, offset: page.nextOffset } };
  }

  createTextMessage(options: Params<'createTextMessage'>) {
    return chatMessage(TencentCloudChat.TYPES.MSG_TEXT, options, this.#userId);
  }

  createCustomMessage(options: Params<'createCustomMessage'>) {
    return chatMessage(TencentCloudChat.TYPES.MSG_CUSTOM, options, this.#userId);
  }

  async sendMessage(message: Params<'sendMessage'>) {
    const { TYPES } = TencentCloudChat;
    const payload = message.payload as { text?: string; data?: string };
    const body =
      message.type === TYPES.MSG_TEXT
        ? { kind: 'text' as const, text: payload.text ?? '' }
        : { kind: 'custom' as const, data: payload.data ?? '' };
    const conversation = message.conversationType === TYPES.CONV_GROUP ? 'group' : 'c2c';
    await chatCall(
      () => this.#device.imGroups.sendMessage({ to: message.to, conversation, body }),
      groupCodes,
    );
    return { code: 0, data: { message } };
  }

  async updateMyProfile(options: Params<'updateMyProfile'>) {
    const { nick, avatar } = options;
    const profile = { ...(nick === undefined ? {} : { nick }), ...(avatar === undefined ? {} : { avatar }) };
    await chatCall(() => this.#device.imGroups.updateMyProfile(profile));
    return { code: 0, data: profile };
  }

  async #invite(
    inviteeList: readonly string[],
    groupID: string,
    options: Params<'invite' | 'inviteInGroup'>,
  ) {
    // Chat's default timeout is 30 s.
    const { data = '', timeout = 30, offlinePushInfo } = options;
    const params = { inviteeList, groupID, data, timeout, ...(offlinePushInfo ? { offlinePushInfo } : {}) };
    const { inviteID } = await chatCall(() => this.#device.imSignaling.invite(params));
    return { code: 0, data: { inviteID } };
  }

  async #answer(method: 'accept' | 'reject' | 'cancel', options: { inviteID: string; data?: string }) {
    const params = { inviteID: options.inviteID, data: options.data ?? '' };
    await chatCall(() => this.#device.imSignaling[method](params));
    return { code: 0, data: { inviteID: options.inviteID } };
  }

  #emit(registry: Map<string, Set<Handler>>, name: string, data: unknown): void {
    for (const handler of [...(registry.get(name) ?? [])]) handler({ name, data });
  }
}

function add(registry: Map<string, Set<Handler>>, name: string, handler: Handler): void {
  const set = registry.get(name) ?? new Set();
  set.add(handler);
  registry.set(name, set);
}
