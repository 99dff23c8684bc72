import { ErrorCode, type LivePeerMessage, type LiveSignalingEvent, TrtcSmartError } from '@trtc-smart/core';
import { Observable } from 'rxjs';
import { onInvitations } from '../chat-signaling.js';
import { sdkCall } from '../errors.js';
import type { InvitationAnswered, InvitationCancelled, InvitationReceived, SignalingEvent } from '../sdk.js';
import type { WebContext } from '../web-context.js';
import {
  decodeLiveInvitation,
  encodeLiveInvitation,
  JOIN,
  KICK,
  PK,
  QUIT_PK,
} from '../wire/live-invitation.js';
import type { JoinedRoom } from './joined-room.js';

/**
 * Link mic and PK as TUILiveRoom's IM invitations (see live-invitation.ts and
 * tencentyun/TUILiveRoom TXRoomService.java, TRTCLiveRoom.m at 1697d86e): requests wait for the
 * IM accept or reject; kick-out and quit-PK are invitations without a timeout that the receiver
 * accepts at once, as iOS does; a request whose deadline passed is withdrawn with IM cancel. IM
 * times a request out after 30 s (what the chat SDK defaults to) should its page be gone by then.
 */
export interface LiveRequests {
  send(userId: string, message: LivePeerMessage): Promise<void>;
  readonly events$: Observable<LiveSignalingEvent>;
}

export function createLiveRequests(context: WebContext, room: JoinedRoom): LiveRequests {
  const { chat } = context;
  /** Requests this user sent and waits on, by inviteID. */
  const sent = new Map<string, { readonly to: string; readonly cmd: string }>();
  /** Requests this user was asked and has not answered, by inviteID. */
  const asked = new Map<string, { readonly from: string; readonly cmd: string }>();

  /** Kick-out and quit-PK have no deadline and are not waited on (timeout 0, as both kits send them). */
  const invite = async (to: string, cmd: string, fields: Record<string, string> = {}, timeout = 0) => {
    const data = encodeLiveInvitation(cmd, fields);
    const result = await sdkCall('chat', () => chat.invite({ userID: to, data, timeout }));
    const inviteID = (result as { data?: { inviteID?: unknown } } | undefined)?.data?.inviteID;
    if (timeout && typeof inviteID === 'string') sent.set(inviteID, { to, cmd });
  };
  const answer = async (from: string, cmd: string, accept: boolean, fields: Record<string, string>) => {
    const [inviteID] = [...asked].find(([, a]) => a.from === from && a.cmd === cmd) ?? [];
    if (inviteID === undefined) {
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${cmd} from ${from}: withdrawn or timed out`);
    }
    asked.delete(inviteID);
    const data = encodeLiveInvitation(cmd, fields);
    await sdkCall('chat', () => chat[accept ? 'accept' : 'reject']({ inviteID, data }));
  };
  const withdraw = (to: string) => {
    for (const [inviteID, request] of sent) {
      if (request.to !== to) continue;
      sent.delete(inviteID);
      // Best effort: IM refuses to cancel what was answered or timed out meanwhile; that answer is dropped.
      chat.cancel({ inviteID, data: encodeLiveInvitation(request.cmd, {}) }).catch(() => undefined);
    }
  };

  const events$ = new Observable<LiveSignalingEvent>((subscriber) => {
    const peer = (userId: string, message: LivePeerMessage) =>
      subscriber.next({ type: 'peerMessage', from: { userId, userName: '', avatarUrl: '' }, message });
    const roomId = () => room.roomId ?? 0;

    const onInvited = ({ data: d }: SignalingEvent<InvitationReceived>) => {
      const invitation = decodeLiveInvitation(d.data ?? '');
      if (!invitation || !d.inviteeList.includes(context.credentials?.userId ?? '')) return;
      const { cmd } = invitation;
      const { inviteID, inviter } = d;
      if (cmd === JOIN || cmd === PK) {
        // iOS names no room in a link-mic request: it is this owner's room.
        const { roomId: fromRoomId, message: reason, streamId: fromStreamId } = invitation;
        if (cmd === PK && fromRoomId === undefined) return;
        asked.set(inviteID, { from: inviter, cmd });
        peer(
          inviter,
          fromRoomId === undefined || cmd === JOIN
            ? { type: 'joinAnchorRequest', roomId: roomId(), reason }
            : { type: 'roomPKRequest', fromRoomId, fromStreamId },
        );
        return;
      }
      if (cmd !== KICK && cmd !== QUIT_PK) return;
      chat.accept({ inviteID, data: encodeLiveInvitation(cmd, {}) }).catch(() => undefined);
      peer(inviter, cmd === KICK ? { type: 'kickoutJoinAnchor', roomId: roomId() } : { type: 'quitRoomPK' });
    };
    const onAnswered =
      (accept: boolean) =>
      ({ data: d }: SignalingEvent<InvitationAnswered>) => {
        const request = sent.get(d.inviteID);
        // An answer to what this user withdrew, or never asked, changes nothing.
        if (!request) return;
        sent.delete(d.inviteID);
        const { message: reason, streamId } = decodeLiveInvitation(d.data ?? '') ?? {
          message: '',
          streamId: '',
        };
        peer(
          d.invitee,
          request.cmd === JOIN
            ? { type: 'joinAnchorResponse', roomId: roomId(), accept, reason }
            : { type: 'roomPKResponse', accept, reason, streamId },
        );
      };
    /** The requester withdrew its request, or IM timed it out: the owner drops it (and the requester forgets it). */
    const onClosed = ({ data: d }: SignalingEvent<Partial<InvitationCancelled>>) => {
      sent.delete(d.inviteID ?? '');
      const request = asked.get(d.inviteID ?? '');
      if (!request) return;
      asked.delete(d.inviteID ?? '');
      peer(request.from, { type: 'requestWithdrawn' });
    };
    return onInvitations(context, [onInvited, onAnswered(true), onAnswered(false), onClosed, onClosed]);
  });

  return {
    events$,
    send(userId, message) {
      switch (message.type) {
        case 'joinAnchorRequest':
          return invite(userId, JOIN, { roomId: String(message.roomId), message: message.reason }, 30);
        case 'joinAnchorResponse':
          return answer(userId, JOIN, message.accept, { message: message.reason });
        case 'kickoutJoinAnchor':
          return invite(userId, KICK);
        case 'roomPKRequest':
          return invite(
            userId,
            PK,
            { roomId: String(message.fromRoomId), streamId: message.fromStreamId },
            30,
          );
        case 'roomPKResponse':
          // The kits carry no reason in a PK answer; ours rides as `message`, as in link-mic answers.
          return answer(userId, PK, message.accept, {
            stream_id: message.streamId,
            message: message.reason,
          });
        case 'quitRoomPK':
          return invite(userId, QUIT_PK);
        case 'requestWithdrawn':
          return Promise.resolve(withdraw(userId));
      }
    },
  };
}
