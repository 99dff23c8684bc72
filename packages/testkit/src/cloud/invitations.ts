import {
  type CallSignalingEvent,
  type CallType,
  ErrorCode,
  type InviteParams,
  type RejectReason,
  TrtcSmartError,
} from '@trtc-smart/core';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { Outbox } from './outbox.js';

/** How many answered rooms are remembered for late cancels; older ones are forgotten. */
const ANSWERED_ROOMS_KEPT = 1024;

type InviteeStatus = 'pending' | 'accepted' | 'rejected' | 'timedOut' | 'cancelled' | 'superseded';

interface Invitation {
  readonly roomId: number;
  readonly inviter: string;
  readonly params: InviteParams;
  readonly invitees: Map<string, InviteeStatus>;
  readonly deadline: number | undefined;
  timer: unknown;
}

/** A pending invitation as tests see it. */
export interface InvitationSnapshot {
  readonly roomId: number;
  readonly inviter: string;
  /** Invitees who have not answered yet. */
  readonly pending: readonly string[];
  readonly invitees: readonly string[];
  readonly participants: readonly string[];
  readonly callType: CallType;
  readonly isGroup: boolean;
  readonly groupId?: string;
  readonly timeoutSec: number;
  /** Virtual time at which the unanswered invitees time out, if the invitation times out. */
  readonly deadline?: number;
}

/**
 * IM's invitation service, keyed by roomId. A room can hold several invitations (users invited
 * later into a running call); each has its own invitees, observers and timeout.
 */
export class Invitations {
  readonly #clock: VirtualClock;
  readonly #outbox: Outbox;
  /** Invitations with someone still to answer, by room: lookups stay O(1) however long a soak runs. */
  readonly #open = new Map<number, Invitation[]>();
  /** Recently answered rooms and their inviters, so a cancel racing the last answer is no error. */
  readonly #answered = new Map<number, Set<string>>();

  constructor(clock: VirtualClock, outbox: Outbox) {
    this.#clock = clock;
    this.#outbox = outbox;
  }

  invite(inviter: string, origin: string, params: InviteParams): void {
    // A user invited again into the same room answers the newest invitation only.
    for (const older of [...(this.#open.get(params.roomId) ?? [])]) {
      for (const userId of params.invitees) {
        if (older.invitees.get(userId) === 'pending') older.invitees.set(userId, 'superseded');
      }
      this.#closeIfAnswered(older);
    }
    const deadline = params.timeoutSec > 0 ? this.#clock.now() + params.timeoutSec * 1000 : undefined;
    const invitation: Invitation = {
      roomId: params.roomId,
      inviter,
      params,
      invitees: new Map(params.invitees.map((userId) => [userId, 'pending'])),
      deadline,
      timer: undefined,
    };
    if (deadline !== undefined) {
      invitation.timer = this.#clock.setTimeout(() => this.#timeout(invitation), params.timeoutSec * 1000);
    }
    this.#open.set(params.roomId, [...(this.#open.get(params.roomId) ?? []), invitation]);
    const event: CallSignalingEvent = {
      type: 'invited',
      roomId: params.roomId,
      inviter,
      invitees: [...params.invitees],
      participants: [...params.participants],
      callType: params.callType,
      ...(params.groupId === undefined ? {} : { groupId: params.groupId }),
      isGroup: params.isGroup,
      timeoutSec: params.timeoutSec,
    };
    this.#send([...params.invitees, ...params.participants], event, origin, inviter);
  }

  /** Accept or reject: the newest invitation of this room still waiting for this user. */
  respond(
    userId: string,
    origin: string,
    roomId: number,
    answer: { accept: true } | { accept: false; reason: RejectReason },
  ) {
    const invitation = this.#newestPending(roomId, userId);
    if (!invitation) {
      throw new TrtcSmartError(ErrorCode.NOT_FOUND, `no pending invitation for ${userId} in room ${roomId}`);
    }
    invitation.invitees.set(userId, answer.accept ? 'accepted' : 'rejected');
    const event: CallSignalingEvent = answer.accept
      ? { type: 'accepted', roomId, userId }
      : { type: 'rejected', roomId, userId, reason: answer.reason };
    this.#send(this.#audience(invitation), event, origin, userId);
    this.#closeIfAnswered(invitation);
  }

  cancel(inviter: string, origin: string, roomId: number, invitees: readonly string[]): void {
    const own = (this.#open.get(roomId) ?? []).filter((i) => i.inviter === inviter);
    if (own.length === 0) {
      if (this.#answered.get(roomId)?.has(inviter)) return; // everyone answered first: a lost race
      throw new TrtcSmartError(ErrorCode.NOT_FOUND, `${inviter} invited nobody into room ${roomId}`);
    }
    const cancelled: string[] = [];
    for (const invitation of own) {
      for (const userId of invitees) {
        if (invitation.invitees.get(userId) !== 'pending') continue; // already answered: a lost race, not an error
        invitation.invitees.set(userId, 'cancelled');
        cancelled.push(userId);
      }
      this.#closeIfAnswered(invitation);
    }
    this.#send(cancelled, { type: 'cancelled', roomId, inviter }, origin, inviter);
  }

  pending(): InvitationSnapshot[] {
    return [...this.#open.values()].flat().map((i) => ({
      roomId: i.roomId,
      inviter: i.inviter,
      pending: [...i.invitees].filter(([, status]) => status === 'pending').map(([userId]) => userId),
      invitees: [...i.params.invitees],
      participants: [...i.params.participants],
      callType: i.params.callType,
      isGroup: i.params.isGroup,
      ...(i.params.groupId === undefined ? {} : { groupId: i.params.groupId }),
      timeoutSec: i.params.timeoutSec,
      ...(i.deadline === undefined ? {} : { deadline: i.deadline }),
    }));
  }

  #newestPending(roomId: number, userId: string): Invitation | undefined {
    const open = this.#open.get(roomId) ?? [];
    for (let i = open.length - 1; i >= 0; i--) {
      const invitation = open[i] as Invitation;
      if (invitation.invitees.get(userId) === 'pending') return invitation;
    }
    return undefined;
  }

  #timeout(invitation: Invitation): void {
    invitation.timer = undefined;
    const timedOut: string[] = [];
    for (const [userId, status] of invitation.invitees) {
      if (status !== 'pending') continue;
      invitation.invitees.set(userId, 'timedOut');
      timedOut.push(userId);
    }
    this.#closeIfAnswered(invitation);
    if (timedOut.length === 0) return;
    const event: CallSignalingEvent = { type: 'timedOut', roomId: invitation.roomId, userIds: timedOut };
    // The timed-out invitees are part of the audience (status timedOut), so they learn it too.
    this.#send(this.#audience(invitation), event, undefined, undefined);
  }

  /** Who hears about answers: the inviter, invitees still in play, and the observers. */
  #audience(invitation: Invitation): string[] {
    const invitees = [...invitation.invitees]
      .filter(([, status]) => status === 'pending' || status === 'accepted' || status === 'timedOut')
      .map(([userId]) => userId);
    return [invitation.inviter, ...invitees, ...invitation.params.participants];
  }

  #closeIfAnswered(invitation: Invitation): void {
    if ([...invitation.invitees.values()].includes('pending')) return;
    if (invitation.timer !== undefined) this.#clock.clearTimeout(invitation.timer);
    invitation.timer = undefined;
    const rest = (this.#open.get(invitation.roomId) ?? []).filter((i) => i !== invitation);
    if (rest.length > 0) this.#open.set(invitation.roomId, rest);
    else this.#open.delete(invitation.roomId);
    const inviters = this.#answered.get(invitation.roomId) ?? new Set<string>();
    inviters.add(invitation.inviter);
    this.#answered.delete(invitation.roomId);
    this.#answered.set(invitation.roomId, inviters);
    if (this.#answered.size > ANSWERED_ROOMS_KEPT)
      this.#answered.delete(this.#answered.keys().next().value as number);
  }

  /** Sends to everyone listed except `exclude` (the user whose action this is). */
  #send(
    userIds: readonly string[],
    event: CallSignalingEvent,
    origin: string | undefined,
    exclude: string | undefined,
  ) {
    this.#outbox.toUsers(
      userIds.filter((userId) => userId !== exclude),
      { channel: 'signaling', event },
      origin,
    );
  }
}
