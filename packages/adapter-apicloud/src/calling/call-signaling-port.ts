import { type CallSignalingPort, CallType, type InviteParams, type RejectReason } from '@trtc-smart/core';
import { type CallingContext, endNativeCall, joinOnce } from './calling-context.js';

/**
 * Call signaling over the native module, which signals and enters the room in one method:
 * - invite of a new roomId -> `call({userId, type})` (1:1) or `groupCall({userIdList, type, groupId})`;
 *   the same native call serves the enterRoom core makes alongside it;
 * - invite into the current call -> `groupCall` (the native module adds invitees to a running call);
 * - accept -> `accept({})`, which also enters the room (the enterRoom beside it waits for it);
 * - reject -> `reject({})`; cancel and hangup -> `hangup({})` (the native module ends its whole
 *   call: it cannot cancel a subset of invitees nor pick whom to tell);
 * - switchToAudio -> `switchToAudio({})`.
 * Calls for a roomId that is no longer the native module's call are stale: ending ones resolve.
 */
export function createCallSignalingPort(context: CallingContext): CallSignalingPort {
  const { invoke, book } = context;
  return {
    events$: context.signaling$.asObservable(),
    async invite(params: InviteParams) {
      const running = book.find(params.roomId);
      if (running) {
        for (const id of params.invitees) running.invitees.add(id);
        await invoke('groupCall', groupCallParams(params.invitees, params));
        return;
      }
      // A new call: any call the native module still holds is one core has already ended.
      const stale = book.current;
      if (stale) await endNativeCall(context, stale, stale.incoming && !stale.join ? 'reject' : 'hangup');
      const call = book.outgoing({
        roomId: params.roomId,
        sponsor: context.self() ?? '',
        callType: params.callType,
        groupId: params.groupId,
        invitees: params.invitees,
      });
      const [first] = params.invitees;
      await joinOnce(context, call, () =>
        params.isGroup || first === undefined
          ? invoke('groupCall', groupCallParams(params.invitees, params))
          : invoke('call', { userId: first, type: params.callType, ...pushOf(params) }),
      );
    },
    async accept({ roomId }: { readonly roomId: number }) {
      const call = book.require(roomId, 'accept');
      await joinOnce(context, call, () => invoke('accept'));
    },
    async reject({ roomId }: { readonly roomId: number; readonly reason: RejectReason }) {
      // The native module answers busy by itself; reason is not a parameter of its reject.
      const call = book.find(roomId);
      if (call) await endNativeCall(context, call, 'reject');
    },
    async cancel({ roomId }: { readonly roomId: number; readonly invitees: readonly string[] }) {
      const call = book.find(roomId);
      if (call) await endNativeCall(context, call, 'hangup');
    },
    async hangup({ roomId }: { readonly roomId: number }) {
      const call = book.find(roomId);
      if (call) await endNativeCall(context, call, 'hangup');
    },
    async switchToAudio({ roomId }: { readonly roomId: number }) {
      const call = book.require(roomId, 'switchToAudio');
      const before = call.callType;
      call.callType = CallType.AUDIO;
      await invoke('switchToAudio').catch((error: unknown) => {
        call.callType = before;
        throw error;
      });
    },
  };
}

function groupCallParams(userIdList: readonly string[], params: InviteParams): Record<string, unknown> {
  return {
    userIdList: [...userIdList],
    type: params.callType,
    ...(params.groupId === undefined ? {} : { groupId: params.groupId }),
    ...pushOf(params),
  };
}

/**
 * The invitation's offline push as the native call / groupCall take it (`offlinePushInfo`, the
 * name TUICallKit's own call params use); a module that predates it ignores the key.
 */
const pushOf = ({ offlinePush }: InviteParams) =>
  offlinePush === undefined ? {} : { offlinePushInfo: { ...offlinePush } };
