import { ErrorCode, TrtcSmartError, type UserInfo } from '@trtc-smart/core';
import type { VirtualClock } from '../clock/virtual-clock.js';
import { DEAD_ROOM_DISMISS_MS } from './live-groups.js';
import type { Outbox } from './outbox.js';
import type { RequestRouter } from './request-router.js';

/**
 * IM groups and messages at the chat SDK's own level: opaque group introductions and message
 * bodies, group ids as strings, member tips and dismissal notices, 1:1 messages. Platform
 * adapters' SDK doubles ride on it; the reference adapter uses the structured `LiveGroups`, whose
 * profiles this shares, so a nickname set through either is the same nickname.
 */
export interface ImUser {
  readonly userID: string;
  readonly nick: string;
  readonly avatar: string;
}

/** An IM group message's body: text or custom. */
export type ImMessageBody =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'custom'; readonly data: string };

/** An IM group message or tip as a device receives it. */
export type ImMessageEvent =
  | {
      readonly type: 'groupMessage';
      readonly groupID: string;
      readonly from: ImUser;
      readonly body: ImMessageBody;
    }
  | { readonly type: 'c2cMessage'; readonly from: ImUser; readonly body: ImMessageBody }
  | {
      readonly type: 'memberTip';
      readonly groupID: string;
      readonly operation: 'join' | 'quit';
      readonly user: ImUser;
      /** The group's member count after the change, as IM's join and quit tips carry it. */
      readonly memberNum: number;
    }
  | { readonly type: 'groupDismissed'; readonly groupID: string; readonly operator: string }
  /** IM's group tip for a changed introduction (the web SDK's GRP_TIP_GRP_PROFILE_UPDATED). */
  | {
      readonly type: 'introductionChanged';
      readonly groupID: string;
      readonly operator: string;
      readonly introduction: string;
    };

/** An IM group as the fake cloud keeps it. */
export interface ImGroupProfile {
  readonly groupID: string;
  readonly type: string;
  readonly name: string;
  readonly introduction: string;
  readonly avatar: string;
  readonly ownerID: string;
  readonly memberNum: number;
  /** Seconds since 1970 on the cloud's clock, as IM's Group.createTime. */
  readonly createTime: number;
}

/** Group types IM keeps to one group per user: joining another leaves the first. */
const AVCHATROOM = 'AVChatRoom';

/**
 * IM throttles member tips in large AVChatRooms. The fake sends them to every member while the
 * room is this small and to the owner only beyond, so a room of 10,000 costs O(n), not O(n²).
 */
export const MEMBER_TIPS_TO_ALL_MAX = 100;

interface Group {
  readonly groupID: string;
  readonly type: string;
  readonly ownerID: string;
  readonly createTime: number;
  name: string;
  introduction: string;
  avatar: string;
  /** userIDs in join order. */
  readonly members: Set<string>;
  /** An AVChatRoom whose owner dropped off: running until the grace is over (see DEAD_ROOM_DISMISS_MS). */
  dismissTimer?: unknown;
}

/** The sender IM names on notices the server itself sends (a group it dismissed, say). */
const SYSTEM_OPERATOR = '@TIM#SYSTEM';

export interface ImGroupsDeps {
  readonly clock: VirtualClock;
  /** Whether a user is in the TRTC room whose numeric id is `roomId` (an owner who came back). */
  readonly inMediaRoom: (roomId: number, userId: string) => boolean;
  readonly outbox: Outbox;
  readonly deviceOfUser: (userId: string) => string | undefined;
  /** The profile store shared with the structured live groups. */
  readonly profiles: {
    userInfo(userId: string): UserInfo;
    setProfile(userId: string, profile: { userName?: string; avatarUrl?: string }): void;
  };
}

export class ImGroups {
  readonly #deps: ImGroupsDeps;
  readonly #groups = new Map<string, Group>();
  /** The AVChatRoom each user is in. */
  readonly #avRoomOfUser = new Map<string, string>();

  constructor(deps: ImGroupsDeps) {
    this.#deps = deps;
  }

  user(userID: string): ImUser {
    const { userName, avatarUrl } = this.#deps.profiles.userInfo(userID);
    return { userID, nick: userName, avatar: avatarUrl };
  }

  updateMyProfile(userID: string, profile: { nick?: string; avatar?: string }): void {
    this.#deps.profiles.setProfile(userID, {
      ...(profile.nick === undefined ? {} : { userName: profile.nick }),
      ...(profile.avatar === undefined ? {} : { avatarUrl: profile.avatar }),
    });
  }

  /** IM answers 10025 when the caller already owns the id; the SDK double turns `alreadyOwned` into it. */
  create(
    ownerID: string,
    params: { groupID: string; type: string; name: string; introduction: string; avatar: string },
  ): { alreadyOwned: boolean } {
    const existing = this.#groups.get(params.groupID);
    if (existing) {
      if (existing.ownerID === ownerID) return { alreadyOwned: true };
      throw new TrtcSmartError(ErrorCode.ALREADY_EXISTS, `group ${params.groupID} is in use`);
    }
    // Creating an AVChatRoom does not join it: the owner calls joinGroup, as with the real SDK.
    const createTime = Math.floor(this.#deps.clock.now() / 1000);
    this.#groups.set(params.groupID, { ...params, ownerID, createTime, members: new Set() });
    return { alreadyOwned: false };
  }

  dismiss(userID: string, groupID: string, origin: string): void {
    this.#dismiss(this.#owned(userID, groupID), userID, origin);
  }

  /**
   * A user's TRTC heartbeats for room `roomId` timed out. The AVChatRoom of that id is dismissed if
   * the user owns it and is not back in the TRTC room when the grace runs out: the rule and the
   * reasons are LiveGroups' (DEAD_ROOM_DISMISS_MS), for the same rooms seen at the SDK's level.
   */
  droppedOff(roomId: number, userID: string): void {
    const groupID = String(roomId);
    const group = this.#groups.get(groupID);
    if (group?.type !== AVCHATROOM || group.ownerID !== userID) return;
    const { clock, inMediaRoom } = this.#deps;
    if (group.dismissTimer !== undefined) clock.clearTimeout(group.dismissTimer);
    group.dismissTimer = clock.setTimeout(() => {
      group.dismissTimer = undefined;
      if (this.#groups.get(groupID) === group && !inMediaRoom(roomId, userID)) {
        this.#dismiss(group, SYSTEM_OPERATOR, undefined);
      }
    }, DEAD_ROOM_DISMISS_MS);
  }

  /** IM answers 10013 when the caller is already a member; the SDK double turns `alreadyMember` into it. */
  join(userID: string, groupID: string, origin: string): { alreadyMember: boolean } {
    const group = this.#group(groupID);
    if (group.members.has(userID)) return { alreadyMember: true };
    if (group.type === AVCHATROOM) {
      const current = this.#avRoomOfUser.get(userID);
      if (current !== undefined) this.quit(userID, current, origin);
      this.#avRoomOfUser.set(userID, groupID);
    }
    group.members.add(userID);
    this.#tip(group, 'join', userID, origin);
    return { alreadyMember: false };
  }

  /** Quitting a group one is not in (or that is gone) changes nothing. */
  quit(userID: string, groupID: string, origin?: string): void {
    const group = this.#groups.get(groupID);
    if (!group?.members.delete(userID)) return;
    this.#forgetRoom(userID, groupID);
    this.#tip(group, 'quit', userID, origin);
  }

  /** The session ended: IM takes the user out of its AVChatRoom. */
  leaveAll(userID: string): void {
    const groupID = this.#avRoomOfUser.get(userID);
    if (groupID !== undefined) this.quit(userID, groupID);
  }

  profile(groupID: string): ImGroupProfile {
    const { members, ...group } = this.#group(groupID);
    return { ...group, memberNum: members.size };
  }

  find(groupID: string): ImGroupProfile | undefined {
    return this.#groups.has(groupID) ? this.profile(groupID) : undefined;
  }

  /** Profile changes are not announced with tips here: the adapters announce with messages of their own. */
  updateProfile(
    userID: string,
    groupID: string,
    changes: { name?: string; introduction?: string; avatar?: string },
    origin?: string,
  ): void {
    const group = this.#owned(userID, groupID);
    if (changes.name !== undefined) group.name = changes.name;
    if (changes.avatar !== undefined) group.avatar = changes.avatar;
    const { introduction } = changes;
    if (introduction === undefined || introduction === group.introduction) return;
    group.introduction = introduction;
    // Every member but the one who changed it hears the tip.
    const event: ImMessageEvent = { type: 'introductionChanged', groupID, operator: userID, introduction };
    this.#fanOut(group, [...group.members], event, userID, origin);
  }

  /** One page of members in join order, as getGroupMemberList pages them. */
  members(groupID: string, offset: number, count: number): { memberList: ImUser[]; nextOffset: number } {
    const ids = [...this.#group(groupID).members].slice(offset, offset + count);
    const nextOffset = ids.length < count ? 0 : offset + ids.length;
    return { memberList: ids.map((id) => this.user(id)), nextOffset };
  }

  memberIds(groupID: string): string[] {
    return [...(this.#groups.get(groupID)?.members ?? [])];
  }

  sendToGroup(userID: string, groupID: string, body: ImMessageBody, origin: string): void {
    const group = this.#group(groupID);
    if (!group.members.has(userID)) {
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${userID} is not a member of group ${groupID}`);
    }
    const event: ImMessageEvent = { type: 'groupMessage', groupID, from: this.user(userID), body };
    this.#fanOut(group, [...group.members], event, userID, origin);
  }

  sendToUser(userID: string, to: string, body: ImMessageBody, origin: string): void {
    const event: ImMessageEvent = { type: 'c2cMessage', from: this.user(userID), body };
    this.#deps.outbox.toUsers([to], { channel: 'imMessage', event }, origin);
  }

  #tip(group: Group, operation: 'join' | 'quit', userID: string, origin: string | undefined): void {
    const audience = group.members.size <= MEMBER_TIPS_TO_ALL_MAX ? [...group.members] : [group.ownerID];
    const event: ImMessageEvent = {
      type: 'memberTip',
      groupID: group.groupID,
      operation,
      user: this.user(userID),
      memberNum: group.members.size,
    };
    this.#fanOut(
      group,
      audience.filter((id) => group.members.has(id)),
      event,
      userID,
      origin,
    );
  }

  /** Every member but the operator hears it. */
  #dismiss(group: Group, operator: string, origin: string | undefined): void {
    const { groupID } = group;
    this.#groups.delete(groupID);
    if (group.dismissTimer !== undefined) this.#deps.clock.clearTimeout(group.dismissTimer);
    for (const member of group.members) this.#forgetRoom(member, groupID);
    this.#fanOut(group, [...group.members], { type: 'groupDismissed', groupID, operator }, operator, origin);
  }

  #forgetRoom(userID: string, groupID: string): void {
    if (this.#avRoomOfUser.get(userID) === groupID) this.#avRoomOfUser.delete(userID);
  }

  #group(groupID: string): Group {
    const group = this.#groups.get(groupID);
    if (!group) throw new TrtcSmartError(ErrorCode.NOT_FOUND, `group ${groupID} does not exist`);
    return group;
  }

  #owned(userID: string, groupID: string): Group {
    const group = this.#group(groupID);
    if (group.ownerID !== userID) {
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, `only the owner of group ${groupID} may do that`);
    }
    return group;
  }

  /** These members but the sender, in one batched send. */
  #fanOut(
    group: Group,
    userIDs: readonly string[],
    event: ImMessageEvent,
    except: string,
    origin: string | undefined,
  ): void {
    const devices: string[] = [];
    for (const userID of userIDs) {
      if (userID === except) continue;
      const deviceId = this.#deps.deviceOfUser(userID);
      if (deviceId !== undefined) devices.push(deviceId);
    }
    this.#deps.outbox.toDevices(
      devices,
      { channel: 'imMessage', event },
      { to: `group:${group.groupID}`, ...(origin === undefined ? {} : { origin }) },
    );
  }
}

/** The group requests, as a chat SDK double sends them up a device's link. */
export function routeImGroups(router: RequestRouter, groups: ImGroups): void {
  type Id = { groupID: string };
  router.on<{ groupID: string; type: string; name: string; introduction: string; avatar: string }>(
    'imGroup.create',
    (c, p) => groups.create(c.userId, p),
  );
  router.on<Id>('imGroup.dismiss', (c, p) => groups.dismiss(c.userId, p.groupID, c.deviceId));
  router.on<Id>('imGroup.join', (c, p) => groups.join(c.userId, p.groupID, c.deviceId));
  router.on<Id>('imGroup.quit', (c, p) => groups.quit(c.userId, p.groupID, c.deviceId));
  router.on<Id>('imGroup.profile', (_c, p) => groups.profile(p.groupID));
  router.on<Id & { name?: string; introduction?: string; avatar?: string }>('imGroup.updateProfile', (c, p) =>
    groups.updateProfile(c.userId, p.groupID, p, c.deviceId),
  );
  router.on<Id & { offset: number; count: number }>('imGroup.members', (_c, p) =>
    groups.members(p.groupID, p.offset, p.count),
  );
  router.on<{ to: string; conversation: 'group' | 'c2c'; body: ImMessageBody }>('imGroup.send', (c, p) =>
    p.conversation === 'group'
      ? groups.sendToGroup(c.userId, p.to, p.body, c.deviceId)
      : groups.sendToUser(c.userId, p.to, p.body, c.deviceId),
  );
  router.on<{ nick?: string; avatar?: string }>('imGroup.updateMyProfile', (c, p) =>
    groups.updateMyProfile(c.userId, p),
  );
  router.on<{ userIDList: string[] }>('imGroup.userProfiles', (_c, p) =>
    p.userIDList.map((id) => groups.user(id)),
  );
}
