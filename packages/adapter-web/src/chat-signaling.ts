import type { SignalingEvent } from './sdk.js';
import type { WebContext } from './web-context.js';

// biome-ignore lint/suspicious/noExplicitAny: each handler reads its own event's data.
type Handler = (event: SignalingEvent<any>) => void;

/**
 * Listens to chat's invitation events, shared by the call and live ports: handlers for new
 * invitation, accepted, rejected, cancelled and timed out, in that order. Returns the removal.
 */
export function onInvitations(context: Pick<WebContext, 'chat' | 'Chat'>, handlers: readonly Handler[]) {
  const { chat, Chat } = context;
  const { TSignaling: T } = Chat;
  // TSignaling mixes event names with numeric action types, so its members are typed as the whole enum.
  const names = [
    T.NEW_INVITATION_RECEIVED,
    T.INVITEE_ACCEPTED,
    T.INVITEE_REJECTED,
    T.INVITATION_CANCELLED,
    T.INVITATION_TIMEOUT,
  ].map(String);
  const each = (method: 'addSignalingListener' | 'removeSignalingListener') =>
    names.forEach((name, i) => {
      chat[method](name, handlers[i] as Handler);
    });
  each('addSignalingListener');
  return () => each('removeSignalingListener');
}
