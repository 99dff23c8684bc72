import { mediaControls } from '@trtc-smart/core/media';
import { useLiveRoom, useLiveRoomState } from '@trtc-smart/vue';
import { defineComponent, h, type PropType, type VNodeChild } from 'vue';
import { Barrage } from './barrage.js';
import { beautyPanel } from './beauty.js';
import type { User } from './clouds.js';
import { button, header, myTile, playerTile } from './ui.js';

/** Another room's anchor to ask for PK. */
export interface PkTarget {
  readonly roomId: number;
  readonly userId: string;
}

/** The anchor: preview with beauty, go live, answer link-mic requests, kick co-hosts, PK with another room. */
export const Anchor = defineComponent({
  props: {
    user: { type: Object as PropType<User>, required: true },
    roomId: { type: Number, required: true },
    pk: { type: Object as PropType<PkTarget> },
  },
  setup({ user, roomId, pk }) {
    // media: mediaControls adds beauty (and music, devices...) and state.media.
    const room = useLiveRoom({ adapter: user.adapter, media: mediaControls });
    const state = useLiveRoomState(room);
    const goLive = async () => {
      await room.createRoom({ roomId, roomName: `${user.userId}'s room`, coverUrl: '' });
      await room.startPublish({ streamId: `${user.userId}_stream` });
    };
    const answer = (userId: string, isAgree: boolean) => ({ userId, isAgree, reason: '' });
    return () => {
      const s = state.value;
      const card = (...children: VNodeChild[]) =>
        h('section', { class: 'user', 'data-testid': `user-${user.userId}`, 'data-status': s.status }, [
          header(user, s),
          ...children,
        ]);
      if (s.status === 'loggedOut') return card(button('Log in', () => room.login(user.login)));
      if (s.status === 'loggingIn' || s.status === 'loggingOut' || s.status === 'destroyed') return card();
      const { incoming, pkPartner } = s;
      // The room's anchors list the PK partner too; co-hosts are the linked viewers.
      const others = (s.room?.anchors ?? []).filter((a) => a.userId !== user.userId);
      const coHosts = others.filter((a) => a.userId !== pkPartner?.userId);
      return card(
        h('div', { class: 'tiles' }, [
          myTile(room, user),
          ...coHosts.map((a) => playerTile(room, user, a.userId)),
          pkPartner && playerTile(room, user, pkPartner.userId),
        ]),
        beautyPanel(room, s.media.beauty),
        s.status === 'outside' && button('Go live', goLive),
        ...coHosts.map((a) => button(`Kick ${a.userId}`, () => room.kickoutJoinAnchor({ userId: a.userId }))),
        incoming &&
          h('p', [
            incoming.kind === 'joinAnchor'
              ? `${incoming.from.userId} asks to link mic: ${incoming.reason} `
              : `${incoming.from.userId} asks for PK `,
            button('Accept', () =>
              incoming.kind === 'joinAnchor'
                ? room.responseJoinAnchor(answer(incoming.from.userId, true))
                : room.responseRoomPK(answer(incoming.from.userId, true)),
            ),
            button('Reject', () =>
              incoming.kind === 'joinAnchor'
                ? room.responseJoinAnchor(answer(incoming.from.userId, false))
                : room.responseRoomPK(answer(incoming.from.userId, false)),
            ),
          ]),
        s.status === 'live' && pk && button(`PK with ${pk.userId}`, () => room.requestRoomPK(pk)),
        s.status === 'inPK' && button('End PK', () => room.quitRoomPK()),
        s.room && button('End show', () => room.destroyRoom()),
        s.room && h(Barrage, { room }),
      );
    };
  },
});
