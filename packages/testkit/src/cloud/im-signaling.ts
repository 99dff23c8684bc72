import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { Outbox } from './outbox.js';
import type { RequestRouter } from './request-router.js';

/**
 * IM's invitation service at the SDK's own level: opaque `data` strings and inviteIDs, as chat's
 * invite / inviteInGroup / accept / reject / cancel and its signaling events carry them. Platform
 * adapters' SDK doubles ride on it; the reference adapter uses the structured `Invitations`.
 */
export type ImSignalingEvent =
  | {
      readonly type: 'newInvitationReceived';
      readonly inviteID: string;
      readonly inviter: string;
      readonly groupID: string;
      readonly inviteeList: readonly string[];
      readonly data: string;
      readonly timeout: number;
    }
  | {
      readonly type: 'inviteeAccepted' | 'inviteeRejected';
      readonly inviteID: string;
      readonly inviter: string;
      readonly invitee: string;
      readonly groupID: string;
      readonly data: string;
    }
  | {
      readonly type: 'invitationCancelled';
      readonly inviteID: string;
      readonly inviter: string;
      readonly groupID: string;
      readonly data: string;
    }
  | {
      readonly type: 'invitationTimeout';
      readonly inviteID: string;
      readonly inviter: string;
      readonly groupID: string;
      readonly inviteeList: readonly string[];
    };

/** An IM signaling invitation as the SDK sends it. */
export interface ImInviteParams {
  /** One user (`invite`), or several in an IM group (`inviteInGroup`). */
  readonly inviteeList: readonly string[];
  /** '' for a 1:1 invitation. */
  readonly groupID: string;
  readonly data: string;
  /** Seconds; 0 = never times out. */
  readonly timeout: number;
  /** chat's offlinePushInfo: what IM pushes to invitees with no device online. */
  readonly offlinePushInfo?: ImOfflinePushInfo;
}

/** chat's OFFLINE_PUSH_INFO_PARAMS, as far as the fake cloud keeps it. */
export interface ImOfflinePushInfo {
  readonly title?: string;
  readonly description?: string;
  readonly extension?: string;
  readonly apnsInfo?: { readonly sound?: string };
  readonly androidInfo?: { readonly sound?: string; readonly OPPOChannelID?: string };
}

/** A push IM sent for an invitation to a user who was offline. */
export interface ImOfflinePush {
  readonly inviteID: string;
  readonly to: string;
  readonly offlinePushInfo: ImOfflinePushInfo;
}

interface ImInvitation {
  readonly inviteID: string;
  readonly inviter: string;
  readonly groupID: string;
  readonly pending: Set<string>;
  timer: unknown;
}

export interface ImSignalingDeps {
  readonly clock: VirtualClock;
  readonly outbox: Outbox;
  /**
   * Who an IM group's invitation reaches besides its invitees. The fake cloud has no call groups
   * of its own, so every logged-in user counts as a member; adapters keep only the calls they are in.
   */
  readonly groupMembers: (groupID: string) => readonly string[];
  /** Multi-terminal login: the actor's other devices hear what it did (iOS checkLoginUserIsEqualTo reads it). */
  readonly multiTerminal: boolean;
  /** Whether a user has a session on some device (else an invitation's push goes out instead). */
  readonly isLoggedIn: (userId: string) => boolean;
}

/** How many open invitations without a timeout are remembered. */
const OPEN_KEPT = 4096;

/** Open invitations are kept until answered; answered ones are forgotten, as IM does. */
export class ImSignaling {
  readonly #deps: ImSignalingDeps;
  readonly #open = new Map<string, ImInvitation>();
  readonly #pushes: ImOfflinePush[] = [];
  #nextId = 1;

  constructor(deps: ImSignalingDeps) {
    this.#deps = deps;
  }

  invite(inviter: string, origin: string, params: ImInviteParams): { inviteID: string } {
    if (params.inviteeList.length === 0)
      throw new TrtcSmartError(ErrorCode.INVALID_PARAMETER, 'inviteeList is empty');
    const inviteID = `invite-${this.#nextId++}`;
    const invitation: ImInvitation = {
      inviteID,
      inviter,
      groupID: params.groupID,
      pending: new Set(params.inviteeList),
      timer: undefined,
    };
    if (params.timeout > 0) {
      invitation.timer = this.#deps.clock.setTimeout(() => this.#timeout(invitation), params.timeout * 1000);
    }
    this.#open.set(inviteID, invitation);
    // Invitations that never time out and are never answered (the call kits' hang-up notices) would pile up.
    for (const [id, old] of this.#open) {
      if (this.#open.size <= OPEN_KEPT) break;
      if (old.timer === undefined) this.#open.delete(id);
    }
    const event: ImSignalingEvent = {
      type: 'newInvitationReceived',
      inviteID,
      inviter,
      groupID: params.groupID,
      inviteeList: [...params.inviteeList],
      data: params.data,
      timeout: params.timeout,
    };
    this.#send(this.#audience(invitation, params.inviteeList), event, origin, inviter);
    const push = params.offlinePushInfo;
    if (push) {
      for (const to of params.inviteeList)
        if (!this.#deps.isLoggedIn(to)) this.#pushes.push({ inviteID, to, offlinePushInfo: push });
    }
    return { inviteID };
  }

  /** The pushes sent so far, oldest first. */
  pushes(): readonly ImOfflinePush[] {
    return this.#pushes;
  }

  /** Accept or reject; IM refuses an answer to an invitation that is gone or not addressed to the user. */
  respond(invitee: string, origin: string, inviteID: string, accept: boolean, data: string): void {
    const invitation = this.#open.get(inviteID);
    if (!invitation?.pending.has(invitee)) {
      throw new TrtcSmartError(ErrorCode.NOT_FOUND, `invitation ${inviteID} is not waiting for ${invitee}`);
    }
    invitation.pending.delete(invitee);
    this.#closeIfAnswered(invitation);
    const { inviter, groupID } = invitation;
    const type = accept ? 'inviteeAccepted' : 'inviteeRejected';
    this.#send(
      this.#audience(invitation, [inviter]),
      { type, inviteID, inviter, invitee, groupID, data },
      origin,
      invitee,
    );
  }

  cancel(inviter: string, origin: string, inviteID: string, data: string): void {
    const invitation = this.#open.get(inviteID);
    if (!invitation || invitation.inviter !== inviter) {
      throw new TrtcSmartError(ErrorCode.NOT_FOUND, `${inviter} has no open invitation ${inviteID}`);
    }
    const cancelled = [...invitation.pending];
    invitation.pending.clear();
    this.#closeIfAnswered(invitation);
    const { groupID } = invitation;
    this.#send(cancelled, { type: 'invitationCancelled', inviteID, inviter, groupID, data }, origin, inviter);
  }

  #timeout(invitation: ImInvitation): void {
    invitation.timer = undefined;
    const timedOut = [...invitation.pending];
    invitation.pending.clear();
    this.#open.delete(invitation.inviteID);
    const { inviteID, inviter, groupID } = invitation;
    const event: ImSignalingEvent = {
      type: 'invitationTimeout',
      inviteID,
      inviter,
      groupID,
      inviteeList: timedOut,
    };
    this.#send(this.#audience(invitation, [inviter, ...timedOut]), event, undefined, undefined);
  }

  /** A group invitation's events reach the whole group; a 1:1 one only the users named. */
  #audience(invitation: ImInvitation, named: readonly string[]): string[] {
    return invitation.groupID ? [...named, ...this.#deps.groupMembers(invitation.groupID)] : [...named];
  }

  #closeIfAnswered(invitation: ImInvitation): void {
    if (invitation.pending.size > 0) return;
    if (invitation.timer !== undefined) this.#deps.clock.clearTimeout(invitation.timer);
    this.#open.delete(invitation.inviteID);
  }

  #send(
    userIds: readonly string[],
    event: ImSignalingEvent,
    origin: string | undefined,
    exclude: string | undefined,
  ) {
    const others = exclude === undefined || !this.#deps.multiTerminal ? [] : [exclude];
    this.#deps.outbox.toUsers(
      [...userIds.filter((userId) => userId !== exclude), ...others],
      { channel: 'im', event },
      origin,
    );
  }
}

/** The relay's requests, as the chat SDK double sends them up a device's link. */
export function routeImSignaling(router: RequestRouter, relay: ImSignaling): void {
  type Answer = { inviteID: string; data: string };
  router.on<ImInviteParams>('im.invite', (c, p) => relay.invite(c.userId, c.deviceId, p));
  router.on<Answer>('im.accept', (c, p) => relay.respond(c.userId, c.deviceId, p.inviteID, true, p.data));
  router.on<Answer>('im.reject', (c, p) => relay.respond(c.userId, c.deviceId, p.inviteID, false, p.data));
  router.on<Answer>('im.cancel', (c, p) => relay.cancel(c.userId, c.deviceId, p.inviteID, p.data));
}
