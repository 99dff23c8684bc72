import type { ImMessageEvent } from '../cloud/im-groups.js';
import type { ImSignalingEvent } from '../cloud/im-signaling.js';
import type { OfficialLivePeer, OfficialPeerDevice, OfficialWireEntry } from './live-peer-types.js';
import { kitRoomList } from './live-room-list.js';
import {
  androidIntroduction,
  androidInvitation,
  androidRoomCustom,
  androidUpdateGroupInfo,
  iosIntroduction,
  iosInvitations,
  iosRoomCustom,
  type OfficialLiveCmd,
  type OfficialLivePlatform,
} from './live-wire.js';

export type { OfficialLivePeer, OfficialPeerDevice, OfficialWireEntry } from './live-peer-types.js';

/** A scripted user of Tencent's official live apps on the fake cloud (sources cited as in live-peer-types.ts). */
export function officialLivePeer(
  device: OfficialPeerDevice,
  options: {
    readonly userId: string;
    readonly platform: OfficialLivePlatform;
    readonly sdkAppId: number;
    /** Told of every payload and callback as it is recorded (a playground card logs them). */
    readonly onRecord?: (record: OfficialWireEntry | string) => void;
  },
): OfficialLivePeer {
  const { userId, platform, onRecord } = options;
  const ios = platform === 'iOS';
  const wire: OfficialWireEntry[] = [];
  const callbacks: string[] = [];
  const record = (entry: OfficialWireEntry) => {
    wire.push(entry);
    onRecord?.(entry);
  };
  const callback = (text: string) => {
    callbacks.push(text);
    onRecord?.(text);
  };
  const { imSignaling, imGroups, liveMedia } = device;
  let roomId = '';
  let ownerId = '';
  let status = 0;
  let myStream = '';
  /** The link-mic or PK invitation this user sent and waits on. */
  let mine: { inviteID: string; cmd: OfficialLiveCmd; to: string; roomId: string } | undefined;
  /** Requests this user was asked, by requester (A mJoinAnchorUserIdMap / mPKUserIdMap, I *Dic). */
  const asked = new Map<string, { inviteID: string; cmd: OfficialLiveCmd }>();
  let pkWith: { userId: string; roomId: string } | undefined;
  const members = new Set<string>();

  const out = (kind: string, other: string, data: string) => record({ dir: 'out', kind, with: other, data });
  /** A: every signalling payload is createSignallingData(cmd), whatever the call. */
  const signalling = (cmd: OfficialLiveCmd, iosData: string) =>
    ios ? iosData : androidInvitation(cmd, roomId);
  const invite = async (to: string, data: string, timeout: number) => {
    out('invite', to, data);
    const { inviteID } = await imSignaling.invite({ inviteeList: [to], groupID: '', data, timeout });
    return inviteID;
  };
  const answer = async (kind: 'accept' | 'reject' | 'cancel', inviteID: string, to: string, data: string) => {
    out(kind, to, data);
    await imSignaling[kind]({ inviteID, data });
  };
  const groupText = async (text: string) => {
    out('text', roomId, text);
    await imGroups.sendMessage({ to: roomId, conversation: 'group', body: { kind: 'text', text } });
  };
  const groupCustom = async (data: string) => {
    out('group', roomId, data);
    await imGroups.sendMessage({ to: roomId, conversation: 'group', body: { kind: 'custom', data } });
  };
  const setIntroduction = async (introduction: string) => {
    out('introduction', roomId, introduction);
    await imGroups.updateGroupProfile({ groupID: roomId, introduction });
  };
  /** A updateHostAnchorInfo: introduction, then action 400; I updateGroupInfoWithRoomID: introduction, then an empty text. */
  const announce = async (type: number, coHosts: readonly { userId: string; streamId: string }[] = []) => {
    status = type;
    const me = { userId, streamId: myStream, name: userId };
    if (ios) {
      await setIntroduction(iosIntroduction(type, me));
      await groupText('');
      return;
    }
    const list = [
      { ...me, streamId: myStream || `${userId}_stream` },
      ...coHosts.map((c) => ({ ...c, name: '' })),
    ];
    await setIntroduction(androidIntroduction(type, list));
    await groupCustom(androidUpdateGroupInfo(type, list));
  };
  /** Both kits take list[0] of the introduction for the owner (A parseGroupIntroduction, I enterRoomWithRoomID). */
  const readIntroduction = (introduction: string) => {
    try {
      const json = JSON.parse(introduction) as { type?: number; list?: { userId?: string }[] };
      ownerId = json.list?.[0]?.userId ?? ownerId;
      status = json.type ?? (ios ? 1 : status);
    } catch {
      // A parseGroupInfo / I mj_JSONObject: not JSON, nothing read.
    }
  };

  imSignaling.events$.subscribe((e) => onSignal(e));
  imGroups.events$.subscribe((e) => onMessage(e));

  function onSignal(e: ImSignalingEvent): void {
    const data = 'data' in e ? e.data : '';
    const from = e.type === 'newInvitationReceived' || e.type === 'invitationCancelled' ? e.inviter : '';
    const other = 'invitee' in e ? e.invitee : from;
    record({ dir: 'in', kind: e.type, with: other, data });
    // A convert2SignallingData / I checkInviteData: only businessID "Live"; cmd from data.cmd.
    let json: {
      businessID?: unknown;
      data?: { cmd?: unknown; roomId?: unknown; streamId?: unknown; stream_id?: unknown };
    };
    try {
      json = e.type === 'invitationTimeout' ? {} : JSON.parse(data);
    } catch {
      return;
    }
    const cmd = json.data?.cmd;
    if (e.type !== 'invitationTimeout' && json.businessID !== 'Live') return;
    switch (e.type) {
      case 'newInvitationReceived':
        return void invited(e.inviteID, e.inviter, cmd, json.data ?? {});
      case 'inviteeAccepted':
      case 'inviteeRejected': {
        // A onLinkMicResponseResult / onPkResponseResult, I onInviteeAccepted: only the invitation it waits on.
        if (!mine || mine.inviteID !== e.inviteID || cmd !== mine.cmd) return;
        const request = mine;
        mine = undefined;
        const agreed = e.type === 'inviteeAccepted';
        callback(`${request.cmd} ${agreed ? 'accepted' : 'rejected'} by ${e.invitee}`);
        if (agreed && request.cmd === 'requestRoomPK') {
          // I reads data.stream_id (startRoomPKWithUser); A onRoomResponseRoomPK: the requester connects.
          const stream = typeof json.data?.stream_id === 'string' ? json.data.stream_id : undefined;
          if (ios && stream !== undefined) callback(`pk stream ${stream}`);
          pkWith = { userId: e.invitee, roomId: request.roomId };
          void liveMedia
            .connectOtherRoom({ roomId: Number(request.roomId), userId: e.invitee })
            .catch(() => undefined);
        }
        return;
      }
      case 'invitationCancelled':
      case 'invitationTimeout': {
        for (const [requester, request] of asked) {
          if (request.inviteID !== e.inviteID) continue;
          asked.delete(requester);
          const what = request.cmd === 'requestJoinAnchor' ? 'JoinAnchor' : 'RoomPK';
          callback(
            `${e.type === 'invitationCancelled' ? `onCancel${what}` : `on${what}Timeout`} ${requester}`,
          );
        }
        if (mine?.inviteID === e.inviteID) {
          callback(`${mine.cmd} timed out`);
          mine = undefined;
        }
      }
    }
  }

  async function invited(
    inviteID: string,
    inviter: string,
    cmd: unknown,
    data: { roomId?: unknown; streamId?: unknown },
  ) {
    switch (cmd) {
      case 'requestJoinAnchor':
        // I handles it only from a member it knows (memberManager.audience); reason: I reads dic["reason"], never set.
        if (ios && !members.has(inviter)) return;
        asked.set(inviter, { inviteID, cmd });
        callback(`onRequestJoinAnchor ${inviter}`);
        return;
      case 'requestRoomPK': {
        // I needs data.roomId (dropped without); A keeps it as mPKingRoomId.
        if (typeof data.roomId !== 'string') return;
        asked.set(inviter, { inviteID, cmd });
        pkWith = { userId: inviter, roomId: data.roomId };
        const stream = ios && typeof data.streamId === 'string' ? ` ${data.streamId}` : '';
        callback(`onRequestRoomPK ${inviter} room ${data.roomId}${stream}`);
        return;
      }
      case 'kickoutJoinAnchor':
        callback('onKickoutJoinAnchor');
        // I switchRoleOnLinkMic:NO, then respondKickoutJoinAnchor: accepts the invitation. A does not answer.
        await liveMedia.switchRole({ role: 'audience' }).catch(() => undefined);
        if (ios)
          await answer('accept', inviteID, inviter, iosInvitations.kickoutJoinAnchor()).catch(
            () => undefined,
          );
        return;
      case 'quitRoomPK':
        // A drops a quit from anyone but its PK anchor.
        if (!ios && pkWith?.userId !== inviter) return;
        pkWith = undefined;
        callback('onQuitRoomPK');
        if (ios)
          await answer('accept', inviteID, inviter, iosInvitations.quitRoomPKAccept()).catch(() => undefined);
    }
  }

  function onMessage(e: ImMessageEvent): void {
    switch (e.type) {
      case 'memberTip':
        if (e.operation === 'join') members.add(e.user.userID);
        else members.delete(e.user.userID);
        return;
      case 'introductionChanged':
        record({ dir: 'in', kind: 'introduction', with: e.groupID, data: e.introduction });
        // A onGroupInfoChanged -> parseGroupIntroduction; I onGroupInfoChanged reads the type.
        readIntroduction(e.introduction);
        callback(`onRoomInfoChange ${status}`);
        return;
      case 'c2cMessage':
      case 'groupMessage': {
        const body = e.body;
        const data = body.kind === 'text' ? body.text : body.data;
        record({
          dir: 'in',
          kind: e.type === 'c2cMessage' ? 'c2c' : body.kind === 'text' ? 'text' : 'group',
          with: e.from.userID,
          data,
        });
        if (body.kind === 'text') {
          // I hands every text to onRecvRoomTextMsg (an empty one too); A onRecvGroupTextMessage likewise.
          if (e.type === 'groupMessage')
            callback(`onRecvRoomTextMsg ${e.from.userID} ${JSON.stringify(body.text)}`);
          return;
        }
        let json: { action?: unknown; stream_id?: unknown; command?: unknown; type?: unknown };
        try {
          json = JSON.parse(body.data);
        } catch {
          return;
        }
        // I acts on 105 (startLinkMic); A ignores every action but 301 and 400.
        if (json.action === 105 && ios) callback(`onAnchorStream ${e.from.userID} ${String(json.stream_id)}`);
        if (json.action === 301) callback(`onRecvRoomCustomMsg ${e.from.userID} ${String(json.command)}`);
        if (json.action === 400) callback(`onRoomInfoChange ${String(json.type)}`);
        return;
      }
      case 'groupDismissed':
        callback('onRoomDestroy');
    }
  }

  return {
    userId,
    platform,
    wire,
    callbacks,
    get ownerId() {
      return ownerId;
    },
    get roomId() {
      return roomId;
    },
    requests: () => [...asked].map(([from, { cmd }]) => ({ from, cmd })),
    async login() {
      await device.session.login({ sdkAppId: options.sdkAppId, userId, userSig: `dev-sig-${userId}` });
      await imGroups.updateMyProfile({ nick: userId });
    },
    async createRoom(id, roomName) {
      roomId = String(id);
      ownerId = userId;
      // A createGroup (introduction set after), I createGroup: the native SDKs join the creator themselves.
      await imGroups.createGroup({
        groupID: roomId,
        type: 'AVChatRoom',
        name: roomName,
        introduction: '',
        avatar: '',
      });
      await imGroups.joinGroup({ groupID: roomId });
      // A writes the owner with status 1 at once (createRoom -> updateHostAnchorInfo); I setOwner -> onChangeAnchorList.
      await announce(1);
    },
    async enterRoom(id) {
      roomId = String(id);
      await imGroups.joinGroup({ groupID: roomId });
      const profile = await imGroups.getGroupProfile({ groupID: roomId });
      readIntroduction(profile.introduction);
      const { memberList } = await imGroups.getGroupMembers({ groupID: roomId, offset: 0, count: 100 });
      for (const m of memberList) members.add(m.userID);
      await liveMedia.enterRoom({ roomId: id, userId, role: 'audience' });
    },
    async startPublish(streamId) {
      myStream = streamId;
      if (ownerId === userId) {
        await liveMedia.enterRoom({ roomId: Number(roomId), userId, role: 'anchor' });
        await liveMedia.startPublish({ streamId });
        // A updateStreamId -> updateHostAnchorInfo; I memberManager.updateStream -> onChangeAnchorList.
        await announce(Math.max(status, 1));
        return;
      }
      // A co-host: switches role and publishes; I never sends its 105 notice (notifyStreamToAnchor is not called at 1697d86e).
      await liveMedia.switchRole({ role: 'anchor' });
      await liveMedia.startPublish({ streamId });
    },
    announce,
    roomList: (roomIds) => kitRoomList(imGroups, ios, roomIds),
    async requestJoinAnchor(reason, timeoutSec) {
      // A: no owner in list[0] -> "can't find host anchor user id"; I: returns without a word. I also refuses while status is None.
      if (ownerId === '' || (ios && status === 0)) {
        callback('requestJoinAnchor refused locally');
        return;
      }
      const data = signalling('requestJoinAnchor', iosInvitations.requestJoinAnchor(reason));
      mine = {
        inviteID: await invite(ownerId, data, timeoutSec),
        cmd: 'requestJoinAnchor',
        to: ownerId,
        roomId,
      };
    },
    async cancelRequestJoinAnchor() {
      if (mine?.cmd !== 'requestJoinAnchor') return;
      const { inviteID, to } = mine;
      mine = undefined;
      await answer(
        'cancel',
        inviteID,
        to,
        signalling('requestJoinAnchor', iosInvitations.joinAnchorAnswer('')),
      );
    },
    async responseJoinAnchor(requester, agree, reason) {
      const request = asked.get(requester);
      // A "inviteID is empty", I no requestID: nothing is sent.
      if (request?.cmd !== 'requestJoinAnchor') return;
      asked.delete(requester);
      const data = signalling('requestJoinAnchor', iosInvitations.joinAnchorAnswer(reason));
      await answer(agree ? 'accept' : 'reject', request.inviteID, requester, data);
    },
    async kickoutJoinAnchor(coHost) {
      // A and I: an invitation without a timeout.
      await invite(coHost, signalling('kickoutJoinAnchor', iosInvitations.kickoutJoinAnchor()), 0);
    },
    async requestRoomPK(targetRoomId, target, timeoutSec) {
      const data = signalling('requestRoomPK', iosInvitations.requestRoomPK(roomId, myStream));
      const inviteID = await invite(target, data, timeoutSec);
      mine = { inviteID, cmd: 'requestRoomPK', to: target, roomId: String(targetRoomId) };
    },
    async cancelRequestRoomPK(target) {
      if (mine?.cmd !== 'requestRoomPK' || mine.to !== target) return;
      const { inviteID } = mine;
      mine = undefined;
      await answer('cancel', inviteID, target, signalling('requestRoomPK', iosInvitations.cancelRoomPK()));
    },
    async responseRoomPK(requester, agree) {
      const request = asked.get(requester);
      if (request?.cmd !== 'requestRoomPK') return;
      asked.delete(requester);
      if (!agree) pkWith = undefined;
      const data = signalling('requestRoomPK', iosInvitations.roomPKAnswer(myStream));
      await answer(agree ? 'accept' : 'reject', request.inviteID, requester, data);
    },
    async quitRoomPK() {
      const partner = pkWith;
      if (!partner) return;
      pkWith = undefined;
      await liveMedia.disconnectOtherRoom().catch(() => undefined);
      await invite(partner.userId, signalling('quitRoomPK', iosInvitations.quitRoomPK()), 0);
    },
    async sendRoomCustomMsg(command, message) {
      await groupCustom(ios ? iosRoomCustom(command, message) : androidRoomCustom(command, message));
    },
    exitRoom: () => leave((groupID) => imGroups.quitGroup({ groupID })),
    destroyRoom: () => leave((groupID) => imGroups.dismissGroup({ groupID })),
  };

  /** Forgets the room (the kits reset their state before the IM call returns), then leaves it. */
  async function leave(group: (groupID: string) => Promise<void>): Promise<void> {
    const left = roomId;
    roomId = '';
    ownerId = '';
    status = 0;
    mine = undefined;
    pkWith = undefined;
    asked.clear();
    members.clear();
    await liveMedia.exitRoom().catch(() => undefined);
    if (left !== '') await group(left);
  }
}
