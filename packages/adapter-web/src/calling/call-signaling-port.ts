import {
  type CallSignalingEvent,
  type CallSignalingPort,
  CallType,
  ErrorCode,
  type InviteParams,
  TrtcSmartError,
} from '@trtc-smart/core';
import { invalidParameter, shareEvents } from '@trtc-smart/core/adapter-kit';
import { Observable, type Subscriber } from 'rxjs';
import { onInvitations } from '../chat-signaling.js';
import { checkRoomId, checkUserId } from '../checks.js';
import { sdkCall } from '../errors.js';
import type {
  InvitationAnswered,
  InvitationCancelled,
  InvitationReceived,
  InvitationTimedOut,
  SignalingEvent,
} from '../sdk.js';
import { currentUser, type WebContext } from '../web-context.js';
import {
  decodeAvCall,
  type Envelope,
  encodeAnswer,
  encodeBusy,
  encodeCallInvite,
  encodeDeclineSwitchToVideo,
  encodeHangup,
  encodeSwitchToAudio,
} from '../wire/av-call-v4.js';
import { offlinePushParams } from '../wire/offline-push.js';
import { type CallInvitation, InvitationBook } from './invitation-book.js';
import { addStringRoom, type StringRooms } from './string-rooms.js';

/** Tencent's kits give a switch-to-audio request this long to be agreed to. */
const SWITCH_TIMEOUT_SEC = 30;
/** Our answer to the JS engine's switchToVideo, which this SDK does not implement. */
const NO_SWITCH_TO_VIDEO = 'switching to video is not supported';

const envelopeOf = (rooms: StringRooms, roomId: number, callType: CallType): Envelope => ({
  roomId,
  callType,
  strRoomId: rooms.get(roomId),
});

/**
 * Call signaling over chat's invitation API with TUICallKit's `av_call` payloads. A 1:1 call is
 * one `invite`; a group call with an IM group one `inviteInGroup` (the group's members observe
 * it); a group call without one an `invite` per invitee. Hang-ups and switch-to-audio are
 * invitations of their own, as the call kits send them.
 */
export function createCallSignalingPort(context: WebContext, rooms: StringRooms): CallSignalingPort {
  const { chat } = context;
  const book = new InvitationBook();
  const me = () => currentUser(context).userId;
  const envelope = (roomId: number, callType: CallType) => envelopeOf(rooms, roomId, callType);

  /** Sends an invitation to these users: one inviteInGroup in an IM group, else one invite each. */
  const send = async (
    to: { readonly groupId: string | undefined; readonly userIds: readonly string[] },
    data: string,
    timeout: number,
    push?: ReturnType<typeof offlinePushParams>,
  ): Promise<string[]> => {
    const offlinePushInfo = push ? { offlinePushInfo: push } : {};
    if (to.groupId !== undefined) {
      const groupID = to.groupId;
      const result = await sdkCall('chat', () =>
        chat.inviteInGroup({ groupID, inviteeList: [...to.userIds], data, timeout, ...offlinePushInfo }),
      );
      return [inviteIdOf(result)];
    }
    return Promise.all(
      to.userIds.map(async (userID) =>
        inviteIdOf(await sdkCall('chat', () => chat.invite({ userID, data, timeout, ...offlinePushInfo }))),
      ),
    );
  };

  const callOf = (roomId: number): { invitation: CallInvitation; callType: CallType } => {
    const invitation = book.latest(roomId);
    const callType = book.callType(roomId);
    if (!invitation || callType === undefined) {
      throw new TrtcSmartError(ErrorCode.NOT_FOUND, `no call in room ${roomId}`);
    }
    return { invitation, callType };
  };

  const answer = async (roomId: number, data: (callType: CallType) => string) => {
    checkRoomId(roomId);
    const userId = me();
    const invitation = book.waitingFor(roomId, userId);
    const callType = book.callType(roomId);
    if (!invitation || callType === undefined) {
      throw new TrtcSmartError(ErrorCode.NOT_FOUND, `no invitation for ${userId} in room ${roomId}`);
    }
    return { invitation, userId, data: data(callType) };
  };

  const events$ = new Observable<CallSignalingEvent>((subscriber) => {
    const receive = receiver(context, book, rooms, subscriber);
    return onInvitations(context, [
      receive.invited,
      receive.accepted,
      receive.rejected,
      receive.cancelled,
      receive.timedOut,
    ]);
  }).pipe(shareEvents());

  return {
    events$,
    async invite(params: InviteParams) {
      checkInvite(params);
      const inviter = me();
      const { roomId, invitees, participants, callType, isGroup, timeoutSec, offlinePush } = params;
      const groupId = params.groupId;
      const data = encodeCallInvite({
        ...envelope(roomId, callType),
        userIds: [...participants, ...invitees],
      });
      const push =
        offlinePush &&
        offlinePushParams({
          inviter,
          callType,
          roomId,
          invitees,
          groupId,
          timeoutSec,
          sendTimeSec: Math.floor(context.clock.now() / 1000),
          push: offlinePush,
        });
      const sent = await send({ groupId, userIds: invitees }, data, timeoutSec, push);
      const perInvitee = groupId === undefined;
      sent.forEach((inviteID, i) => {
        const to = perInvitee ? [invitees[i] as string] : invitees;
        book.add(
          { inviteID, roomId, inviter, invitees: to, groupId, isGroup, pending: new Set(to), sentByMe: true },
          callType,
        );
      });
    },
    async accept({ roomId }) {
      const { invitation, userId, data } = await answer(roomId, (callType) =>
        encodeAnswer(envelope(roomId, callType)),
      );
      await sdkCall('chat', () => chat.accept({ inviteID: invitation.inviteID, data }));
      invitation.pending.delete(userId);
    },
    async reject({ roomId, reason }) {
      const encodeReject = reason === 'busy' ? encodeBusy : encodeAnswer;
      const { invitation, userId, data } = await answer(roomId, (callType) =>
        encodeReject(envelope(roomId, callType)),
      );
      await sdkCall('chat', () => chat.reject({ inviteID: invitation.inviteID, data }));
      invitation.pending.delete(userId);
      book.close(invitation.inviteID);
    },
    async cancel({ roomId, invitees }) {
      checkRoomId(roomId);
      const mine = book.sentIn(roomId);
      const callType = book.callType(roomId);
      if (mine.length === 0 || callType === undefined) {
        throw new TrtcSmartError(ErrorCode.NOT_FOUND, `${me()} invited nobody into room ${roomId}`);
      }
      // IM cancels a whole invitation; one already answered by all of these is a lost race, not an error.
      const open = mine.filter((i) => invitees.some((userId) => i.pending.has(userId)));
      const data = encodeAnswer(envelope(roomId, callType));
      await Promise.all(
        open.map(async (invitation) => {
          await sdkCall('chat', () => chat.cancel({ inviteID: invitation.inviteID, data }));
          invitation.pending.clear();
        }),
      );
    },
    async hangup({ roomId, userIds, durationSec }) {
      checkRoomId(roomId);
      checkUserIds('userIds', userIds);
      const { invitation, callType } = callOf(roomId);
      const seconds = invitation.isGroup ? 0 : durationSec;
      const data = encodeHangup({ ...envelope(roomId, callType), durationSec: seconds });
      await send({ groupId: invitation.groupId, userIds }, data, 0);
    },
    async switchToAudio({ roomId, userIds }) {
      checkRoomId(roomId);
      checkUserIds('userIds', userIds);
      const { invitation, callType } = callOf(roomId);
      await send(
        { groupId: invitation.groupId, userIds },
        encodeSwitchToAudio(envelope(roomId, callType)),
        SWITCH_TIMEOUT_SEC,
      );
      book.setCallType(roomId, CallType.AUDIO);
    },
  };
}

/** The signaling listeners: IM events in, core events out, for calls this user belongs to. */
function receiver(
  context: WebContext,
  book: InvitationBook,
  rooms: StringRooms,
  out: Subscriber<CallSignalingEvent>,
) {
  const self = () => context.credentials?.userId;
  /** An answer from another user to an invitation this user still takes part in. */
  const known = (inviteID: string, actor: string) => {
    const invitation = book.get(inviteID);
    return invitation && actor !== self() ? invitation : undefined;
  };
  /**
   * This account answered on another device (IM multi-terminal login): an invitation still ringing
   * here stops, as TUICallKit iOS leaves on checkLoginUserIsEqualTo(invitee).
   */
  const answeredElsewhere = (d: InvitationAnswered, accepted: boolean) => {
    const invitation = book.get(d.inviteID);
    if (!invitation || d.invitee !== self() || invitation.sentByMe || !invitation.pending.has(d.invitee))
      return;
    invitation.pending.delete(d.invitee);
    book.close(d.inviteID);
    out.next({ type: 'answeredElsewhere', roomId: invitation.roomId, accepted });
  };
  /** An answer to an invitation of this user's that invite() has not added yet: applied once it is. */
  const early = (d: InvitationAnswered, apply: () => void) => {
    const ours = d.inviter === self() && d.invitee !== self();
    if (ours && !book.has(d.inviteID)) book.whenAdded(d.inviteID, apply);
  };
  /** Our answer to a notice; the notice already did its work, so a failed answer changes nothing. */
  const reply = (answer: 'accept' | 'reject', inviteID: string, data: string) => {
    context.chat[answer]({ inviteID, data }).catch(() => undefined);
  };
  const handlers = {
    invited: ({ data: d }: SignalingEvent<InvitationReceived>) => {
      const userId = self();
      const payload = decodeAvCall(d.data ?? '');
      if (userId === undefined || d.inviter === userId || !payload) return;
      // Notices in an IM group reach every member; they concern only the users they name.
      const addressed = d.inviteeList.includes(userId);
      // Notices name their call by room; the JS engine's hang-up names none: the call with its sender.
      const call = payload.roomId === undefined ? book.withUser(d.inviter) : book.latest(payload.roomId);
      const roomId = call?.roomId ?? payload.roomId;
      switch (payload.command) {
        case 'hangup':
          if (addressed && roomId !== undefined)
            out.next({ type: 'hungUp', roomId, userId: d.inviter, durationSec: payload.durationSec });
          return;
        case 'switchToAudio':
          if (!addressed || roomId === undefined) return;
          book.setCallType(roomId, CallType.AUDIO);
          out.next({ type: 'switchedToAudio', roomId, userId: d.inviter });
          // Agreeing is an accept whose cmd is "switchToAudio": the only agreement the kits read.
          reply('accept', d.inviteID, encodeSwitchToAudio(envelopeOf(rooms, roomId, CallType.AUDIO)));
          return;
        case 'switchToVideo':
          // We offer no switch to video: declined at once, so the asking engine does not wait for its timeout.
          if (addressed && roomId !== undefined) {
            const envelope = envelopeOf(rooms, roomId, payload.callType ?? CallType.AUDIO);
            reply('reject', d.inviteID, encodeDeclineSwitchToVideo(envelope, NO_SWITCH_TO_VIDEO));
          }
          return;
        case 'none':
          return;
        case 'call': {
          const { callType, strRoomId } = payload;
          const room = strRoomId === undefined ? payload.roomId : addStringRoom(rooms, strRoomId);
          if (room === undefined || callType === undefined) return;
          const invitees = [...d.inviteeList];
          const called = payload.userIds.length > 0 ? payload.userIds : invitees;
          const participants = called.filter((id) => !invitees.includes(id) && id !== d.inviter);
          // A group invitation reaches the whole IM group; only the call's own users take part.
          if (!addressed && !participants.includes(userId)) return;
          const groupId = d.groupID ? d.groupID : undefined;
          const isGroup = groupId !== undefined || called.length > 1;
          book.add(
            {
              inviteID: d.inviteID,
              roomId: room,
              inviter: d.inviter,
              invitees,
              groupId,
              isGroup,
              pending: new Set(invitees),
              sentByMe: false,
            },
            callType,
          );
          out.next({
            type: 'invited',
            roomId: room,
            inviter: d.inviter,
            invitees,
            participants,
            callType,
            ...(groupId === undefined ? {} : { groupId }),
            isGroup,
            timeoutSec: d.timeout ?? 0,
          });
        }
      }
    },
    accepted: (event: SignalingEvent<InvitationAnswered>) => {
      const d = event.data;
      early(d, () => handlers.accepted(event));
      answeredElsewhere(d, true);
      const invitation = known(d.inviteID, d.invitee);
      if (!invitation) return;
      invitation.pending.delete(d.invitee);
      out.next({ type: 'accepted', roomId: invitation.roomId, userId: d.invitee });
    },
    rejected: (event: SignalingEvent<InvitationAnswered>) => {
      const d = event.data;
      early(d, () => handlers.rejected(event));
      answeredElsewhere(d, false);
      const invitation = known(d.inviteID, d.invitee);
      if (!invitation) return;
      invitation.pending.delete(d.invitee);
      // Busy is in the fields alone (the JS engine's busy answer has no room and no call type).
      const busy = decodeAvCall(d.data ?? '')?.busy ?? false;
      out.next({
        type: 'rejected',
        roomId: invitation.roomId,
        userId: d.invitee,
        reason: busy ? 'busy' : 'decline',
      });
    },
    cancelled: ({ data: d }: SignalingEvent<InvitationCancelled>) => {
      const userId = self();
      const invitation = known(d.inviteID, d.inviter);
      if (!invitation || userId === undefined || !invitation.pending.has(userId)) return;
      invitation.pending.clear();
      book.close(d.inviteID);
      out.next({ type: 'cancelled', roomId: invitation.roomId, inviter: d.inviter });
    },
    timedOut: ({ data: d }: SignalingEvent<InvitationTimedOut>) => {
      const invitation = book.get(d.inviteID);
      if (!invitation) return;
      for (const userId of d.inviteeList) invitation.pending.delete(userId);
      out.next({ type: 'timedOut', roomId: invitation.roomId, userIds: [...d.inviteeList] });
    },
  };
  return handlers;
}

function inviteIdOf(result: unknown): string {
  const inviteID = (result as { data?: { inviteID?: unknown } } | undefined)?.data?.inviteID;
  if (typeof inviteID !== 'string' || inviteID.length === 0) {
    throw new TrtcSmartError(
      ErrorCode.MALFORMED_ADAPTER_DATA,
      'chat: an invitation came back without an inviteID',
    );
  }
  return inviteID;
}

function checkUserIds(field: string, userIds: readonly string[]): void {
  userIds.forEach((userId, i) => {
    checkUserId(userId, `${field}[${i}]`);
  });
}

function checkInvite(params: InviteParams): void {
  checkRoomId(params.roomId);
  if (params.invitees.length === 0) throw invalidParameter('invitees', 'must not be empty');
  checkUserIds('invitees', params.invitees);
  checkUserIds('participants', params.participants);
  if (!Number.isInteger(params.timeoutSec) || params.timeoutSec < 0) {
    throw invalidParameter('timeoutSec', 'must be an integer >= 0 (seconds, 0 = never)');
  }
  if (!params.isGroup && params.invitees.length !== 1) {
    throw invalidParameter('invitees', 'a call that is not a group call has exactly one invitee');
  }
}
