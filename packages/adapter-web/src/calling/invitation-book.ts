import type { CallType } from '@trtc-smart/core';

/** One IM invitation of a call, sent or received. */
export interface CallInvitation {
  readonly inviteID: string;
  readonly roomId: number;
  readonly inviter: string;
  readonly invitees: readonly string[];
  readonly groupId: string | undefined;
  readonly isGroup: boolean;
  /** Invitees that have not answered, been cancelled or timed out. */
  readonly pending: Set<string>;
  readonly sentByMe: boolean;
}

/** Enough for any call's stragglers: older invitations are forgotten, so a long session holds no garbage. */
const KEPT = 64;

/**
 * Core names a call by its TRTC room id, IM by inviteIDs (a call has one per invitation, and one
 * per invitee when a group call has no IM group): this maps one to the other.
 */
export class InvitationBook {
  private readonly byId = new Map<string, CallInvitation>();
  private readonly callTypes = new Map<number, CallType>();
  /** Invitations this user rejected or had cancelled: their later answers and timeouts are not its business. */
  private readonly closed = new Set<string>();
  /** Answers that came before their invitation's id (see whenAdded), by inviteID. */
  private readonly early = new Map<string, (() => void)[]>();

  add(invitation: CallInvitation, callType: CallType): void {
    this.byId.set(invitation.inviteID, invitation);
    this.callTypes.set(invitation.roomId, callType);
    for (const id of this.byId.keys()) {
      if (this.byId.size <= KEPT) break;
      const old = this.byId.get(id);
      this.byId.delete(id);
      this.closed.delete(id);
      if (old && !this.all().some((i) => i.roomId === old.roomId)) this.callTypes.delete(old.roomId);
    }
    const early = this.early.get(invitation.inviteID) ?? [];
    this.early.delete(invitation.inviteID);
    for (const apply of early) apply();
  }

  /** Whether the invitation was ever added (a closed one too). */
  has(inviteID: string): boolean {
    return this.byId.has(inviteID);
  }

  /**
   * Runs `apply` once the invitation is added: an answer to one of this user's invitations can
   * come before invite() learns its id (a sleeping tab reads both in one burst, the answer first).
   * Only the newest are kept: another device of this user hears answers to invitations it never sent.
   */
  whenAdded(inviteID: string, apply: () => void): void {
    this.early.set(inviteID, [...(this.early.get(inviteID) ?? []), apply]);
    for (const id of this.early.keys()) {
      if (this.early.size <= KEPT) break;
      this.early.delete(id);
    }
  }

  /** An invitation this user still takes part in. */
  get(inviteID: string): CallInvitation | undefined {
    return this.closed.has(inviteID) ? undefined : this.byId.get(inviteID);
  }

  close(inviteID: string): void {
    if (this.byId.has(inviteID)) this.closed.add(inviteID);
  }

  /** The newest invitation of the room still waiting for this user's answer. */
  waitingFor(roomId: number, userId: string): CallInvitation | undefined {
    return this.all()
      .reverse()
      .find((i) => i.roomId === roomId && !i.sentByMe && i.pending.has(userId));
  }

  sentIn(roomId: number): CallInvitation[] {
    return this.all().filter((i) => i.roomId === roomId && i.sentByMe);
  }

  /**
   * The newest call this user shares with `userId`: what a hang-up without a room id (the JS
   * engine's) belongs to.
   */
  withUser(userId: string): CallInvitation | undefined {
    return this.all()
      .reverse()
      .find((i) => i.inviter === userId || i.invitees.includes(userId));
  }

  /** The room's newest invitation: how the call is signalled (group or not, its IM group). */
  latest(roomId: number): CallInvitation | undefined {
    return this.all()
      .reverse()
      .find((i) => i.roomId === roomId);
  }

  callType(roomId: number): CallType | undefined {
    return this.callTypes.get(roomId);
  }

  setCallType(roomId: number, callType: CallType): void {
    if (this.callTypes.has(roomId)) this.callTypes.set(roomId, callType);
  }

  private all(): CallInvitation[] {
    return [...this.byId.values()];
  }
}
